package com.topcoins.frontapi.top;

import com.fasterxml.jackson.annotation.JsonValue;

/** Why a ranking row has no price: better none than another coin's. */
public enum Unpriced {
    /** No CoinMarketCap asset of the fetched depth has the symbol. */
    NO_LISTING("no_listing"),
    /** Several share the symbol, CryptoCompare gives no price to compare, and no name is CryptoCompare's. */
    AMBIGUOUS("ambiguous"),
    /** Every candidate's price (or market cap) is beyond the configured factor of CryptoCompare's. */
    EVIDENCE_DISAGREES("evidence_disagrees");

    private final String value;

    Unpriced(String value) {
        this.value = value;
    }

    @JsonValue
    public String value() {
        return value;
    }
}
