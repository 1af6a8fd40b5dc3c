package com.topcoins.common.snapshot;

import com.topcoins.common.market.PriceEntry;
import com.topcoins.common.market.RankingEntry;

/** The two upstream sources, each with its own data collection. */
public enum Source {
    CRYPTOCOMPARE("cryptocompare", "rankings", RankingEntry.class),
    COINMARKETCAP("coinmarketcap", "prices", PriceEntry.class);

    private final String id;
    private final String collection;
    private final Class<?> documentType;

    Source(String id, String collection, Class<?> documentType) {
        this.id = id;
        this.collection = collection;
        this.documentType = documentType;
    }

    /** The name stored in {@code snapshots.source} and sent in notifications. */
    public String id() {
        return id;
    }

    public String collection() {
        return collection;
    }

    public Class<?> documentType() {
        return documentType;
    }

    public static Source fromId(String id) {
        for (Source source : values()) {
            if (source.id.equals(id)) {
                return source;
            }
        }
        throw new IllegalArgumentException("unknown source: " + id);
    }
}
