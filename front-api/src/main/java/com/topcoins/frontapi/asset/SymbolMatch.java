package com.topcoins.frontapi.asset;

import com.fasterxml.jackson.annotation.JsonValue;

/** How the requested symbol chose the row among the ranked assets: tickers are not unique, nor is their case. */
public enum SymbolMatch {
    /** A ranked asset has the symbol exactly as asked (the best-ranked one, if several). */
    EXACT("exact"),
    /** None has it in that case; the best-ranked of those that have it ignoring case. */
    IGNORING_CASE("ignoring_case");

    private final String value;

    SymbolMatch(String value) {
        this.value = value;
    }

    @JsonValue
    public String value() {
        return value;
    }
}
