package com.topcoins.simulator.coinmarketcap;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

import com.topcoins.simulator.market.Asset;
import com.topcoins.simulator.market.MarketSnapshot;

/** The documented values of {@code sort}. Numeric keys are {@code NaN} where the value is null. */
enum SortField {
    NAME("name"),
    SYMBOL("symbol"),
    DATE_ADDED("date_added"),
    MARKET_CAP("market_cap"),
    MARKET_CAP_STRICT("market_cap_strict"),
    PRICE("price"),
    CIRCULATING_SUPPLY("circulating_supply"),
    TOTAL_SUPPLY("total_supply"),
    MAX_SUPPLY("max_supply"),
    NUM_MARKET_PAIRS("num_market_pairs"),
    VOLUME_24H("volume_24h"),
    PERCENT_CHANGE_1H("percent_change_1h"),
    PERCENT_CHANGE_24H("percent_change_24h"),
    PERCENT_CHANGE_7D("percent_change_7d"),
    MARKET_CAP_BY_TOTAL_SUPPLY_STRICT("market_cap_by_total_supply_strict"),
    VOLUME_7D("volume_7d"),
    VOLUME_30D("volume_30d");

    static final String ALLOWED = Arrays.stream(values()).map(f -> f.wire).collect(Collectors.joining(", ", "[", "]"));

    private final String wire;

    SortField(String wire) {
        this.wire = wire;
    }

    static Optional<SortField> parse(String value) {
        return Arrays.stream(values()).filter(f -> f.wire.equals(value)).findFirst();
    }

    boolean textual() {
        return this == NAME || this == SYMBOL;
    }

    /** Text fields read naturally A to Z; every number is most useful largest first. */
    boolean descendingByDefault() {
        return !textual();
    }

    String text(Asset asset) {
        return this == NAME ? asset.name() : asset.symbol();
    }

    double key(MarketSnapshot s, Asset a) {
        int i = a.index();
        return switch (this) {
            case NAME, SYMBOL -> throw new IllegalStateException("textual sort");
            case DATE_ADDED -> a.cmc().dateAdded().toEpochMilli();
            // CoinMarketCap's own rank: larger key = better rank.
            case MARKET_CAP -> -s.cmcRank(i);
            case MARKET_CAP_STRICT -> s.marketCap(i);
            case PRICE -> s.price(i);
            case CIRCULATING_SUPPLY -> a.supply().circulating().doubleValue();
            case TOTAL_SUPPLY -> a.supply().total().doubleValue();
            case MAX_SUPPLY -> a.supply().max() == null ? Double.NaN : a.supply().max().doubleValue();
            case NUM_MARKET_PAIRS -> a.cmc().numMarketPairs();
            case VOLUME_24H -> s.cmcVolume(i);
            case PERCENT_CHANGE_1H -> s.change1h(i);
            case PERCENT_CHANGE_24H -> s.change24h(i);
            case PERCENT_CHANGE_7D -> s.change7d(i);
            case MARKET_CAP_BY_TOTAL_SUPPLY_STRICT -> s.price(i) * a.supply().total().doubleValue();
            case VOLUME_7D -> s.cmcVolume(i) * 7;
            case VOLUME_30D -> s.cmcVolume(i) * 30;
        };
    }
}
