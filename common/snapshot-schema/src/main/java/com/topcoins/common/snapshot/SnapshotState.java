package com.topcoins.common.snapshot;

/** Life cycle of a snapshot: {@code writing} until every document is acknowledged. */
public enum SnapshotState {
    WRITING("writing"),
    COMPLETE("complete"),
    FAILED("failed");

    private final String value;

    SnapshotState(String value) {
        this.value = value;
    }

    /** The value stored in {@code snapshots.state}. */
    public String value() {
        return value;
    }

    public static SnapshotState fromValue(String value) {
        for (SnapshotState state : values()) {
            if (state.value.equals(value)) {
                return state;
            }
        }
        throw new IllegalArgumentException("unknown snapshot state: " + value);
    }
}
