package com.topcoins.simulator.market;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Currencies a price can be quoted in (CoinMarketCap's {@code convert}, CryptoCompare's
 * {@code tsym}). Fiat uses a fixed rate; crypto uses the simulated market's own price.
 */
public enum Currency {
    USD("$", 1.0),
    EUR("€", 1.087),
    GBP("£", 1.27),
    JPY("¥", 0.0067),
    BTC("Ƀ", Double.NaN),
    ETH("Ξ", Double.NaN);

    private final String glyph;
    private final double fixedUsdValue;

    Currency(String glyph, double fixedUsdValue) {
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
}
