package com.topcoins.simulator.market;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Currencies a price can be quoted in (CoinMarketCap's {@code convert}/{@code convert_id}, CryptoCompare's
 * {@code tsym}). Fiat uses a fixed rate; crypto uses the simulated market's own price.
 */
public enum Currency {
    USD(2781, "$", 1.0),
    EUR(2790, "€", 1.087),
    GBP(2791, "£", 1.27),
    JPY(2797, "¥", 0.0067),
    BTC(1, "Ƀ", Double.NaN),
    ETH(1027, "Ξ", Double.NaN);

    private final int cmcId;
    private final String glyph;
    private final double fixedUsdValue;

    Currency(int cmcId, String glyph, double fixedUsdValue) {
        this.cmcId = cmcId;
        this.glyph = glyph;
        this.fixedUsdValue = fixedUsdValue;
    }

    public String glyph() {
        return glyph;
    }

    /** USD per unit of this currency at the snapshot's tick. */
    public double usdValue(MarketSnapshot snapshot) {
        return switch (this) {
            case BTC -> snapshot.price(snapshot.universe().bitcoin());
            case ETH -> snapshot.price(snapshot.universe().ether());
            default -> fixedUsdValue;
        };
    }

    public static Optional<Currency> bySymbol(String symbol) {
        String wanted = symbol.toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(c -> c.name().equals(wanted)).findFirst();
    }

    public static Optional<Currency> byCmcId(String id) {
        return Arrays.stream(values()).filter(c -> String.valueOf(c.cmcId).equals(id)).findFirst();
    }
}
