package com.topcoins.frontapi.snapshot;

import com.topcoins.common.snapshot.Snapshot;
import java.time.Instant;

/** The ranking and price snapshots an answer is built from. */
public record SnapshotPair(Snapshot ranking, Snapshot prices) {

    /** Names both snapshots: a new snapshot of either source means a new key. */
    public String key() {
        return ranking.id() + ":" + prices.id();
    }

    public Instant lastModified() {
        return ranking.completedAt().isAfter(prices.completedAt()) ? ranking.completedAt() : prices.completedAt();
    }
}
