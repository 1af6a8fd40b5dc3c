package com.topcoins.common.snapshot;

/**
 * The upstream sources, each declared once: its id, its data collection, the field its readers
 * look documents up by within a snapshot (indexed with the snapshot id) and the field of its own asset id. A new source is a new
 * constant here; what is specific to it beyond that lives in its own ingestion module.
 */
public enum Source {
    CRYPTOCOMPARE("cryptocompare", "rankings", "rank", "ccId"),
    COINMARKETCAP("coinmarketcap", "prices", "symbol", "cmcId");

    private final String id;
    private final String collection;
    private final String lookupField;
    private final String assetIdField;

    Source(String id, String collection, String lookupField, String assetIdField) {
        this.id = id;
        this.collection = collection;
        this.lookupField = lookupField;
        this.assetIdField = assetIdField;
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

    /** The stored field of the source's own, unique id of an asset (symbols are not unique); indexed before {@code snapshotId}, for histories. */
    public String assetIdField() {
        return assetIdField;
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
