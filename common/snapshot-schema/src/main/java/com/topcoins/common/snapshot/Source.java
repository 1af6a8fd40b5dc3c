package com.topcoins.common.snapshot;

/**
 * The upstream sources, each declared once: its id, its data collection, and the field its readers
 * look documents up by within a snapshot (indexed with the snapshot id). A new source is a new
 * constant here; what is specific to it beyond that lives in its own ingestion module.
 */
public enum Source {
    CRYPTOCOMPARE("cryptocompare", "rankings", "rank"),
    COINMARKETCAP("coinmarketcap", "prices", "symbol");

    private final String id;
    private final String collection;
    private final String lookupField;

    Source(String id, String collection, String lookupField) {
        this.id = id;
        this.collection = collection;
        this.lookupField = lookupField;
    }

    /** The name stored in {@code snapshots.source} and sent in notifications. */
    public String id() {
        return id;
    }

    public String collection() {
        return collection;
    }

    /** Indexed after {@code snapshotId}: a ranking is read by rank, prices by symbol. */
    public String lookupField() {
        return lookupField;
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
