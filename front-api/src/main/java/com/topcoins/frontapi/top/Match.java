package com.topcoins.frontapi.top;

import com.fasterxml.jackson.annotation.JsonValue;

/** How a ranking row found its price (the merge rule of DESIGN.md). */
public enum Match {
    /** The only CoinMarketCap asset with that symbol. */
    SYMBOL("symbol"),
    /** Several share the symbol; the one whose name equals CryptoCompare's. */
    NAME("name"),
    /** Several share the symbol, none by name; the best-ranked one. */
    CMC_RANK("cmc_rank"),
    /** No CoinMarketCap asset has the symbol: no price. */
    NONE("none");

    private final String value;

    Match(String value) {
        this.value = value;
    }

    @JsonValue
    public String value() {
        return value;
    }
}
