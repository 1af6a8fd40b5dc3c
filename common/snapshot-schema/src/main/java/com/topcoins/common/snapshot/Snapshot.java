package com.topcoins.common.snapshot;

import java.time.Instant;
import org.bson.codecs.pojo.annotations.BsonId;

/**
 * A document of the {@code snapshots} collection, mapped by the driver's record codec (see
 * {@link StoredValueCodec} for its two enums). {@code completedAt}, {@code count} and {@code dataAsOf}
 * (upstream's own time for the data, null when unknown) are set only once the snapshot is complete;
 * {@code failedAt} and {@code error} only when it failed.
 */
public record Snapshot(
        @BsonId String id,
        Source source,
        SnapshotState state,
        Instant startedAt,
        Instant completedAt,
        Integer count,
        Instant dataAsOf,
        Instant failedAt,
        String error) {}
