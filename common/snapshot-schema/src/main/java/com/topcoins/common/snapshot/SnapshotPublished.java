package com.topcoins.common.snapshot;

import java.time.Instant;

/** The Redis message an ingestion service sends once a snapshot is complete. */
public record SnapshotPublished(String source, String snapshotId, Instant completedAt, int count) {

    public static SnapshotPublished of(Snapshot snapshot) {
        return new SnapshotPublished(snapshot.source().id(), snapshot.id(), snapshot.completedAt(), snapshot.count());
    }
}
