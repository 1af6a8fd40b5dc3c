package com.topcoins.common.snapshot;

import java.time.Instant;

/**
 * A document of the {@code snapshots} collection. {@code completedAt} and {@code count} are set only
 * once the snapshot is complete; {@code error} only when it failed.
 */
public record Snapshot(
        String id,
        Source source,
        SnapshotState state,
        Instant startedAt,
        Instant completedAt,
        Integer count,
        String error) {

    public boolean isComplete() {
        return state == SnapshotState.COMPLETE;
    }
}
