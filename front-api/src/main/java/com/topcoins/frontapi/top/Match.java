package com.topcoins.frontapi.top;

import com.fasterxml.jackson.annotation.JsonValue;

/** How a ranking row found its price (the merge rule of DESIGN.md and the README). */
public enum Match {
    /** The only CoinMarketCap asset with that symbol, its price agreeing with CryptoCompare's (or none to compare). */
    SYMBOL("symbol"),
    /** Several share the symbol; the agreeing one whose name equals CryptoCompare's. */
    NAME("name"),
    /** Several share the symbol, none agreeing by name; the one closest to CryptoCompare's price. */
    PRICE("price"),
    /** No price: {@link Unpriced} says why. */
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
