package com.topcoins.frontapi.snapshot;

import com.topcoins.common.snapshot.Snapshot;
import java.time.Instant;
import java.util.Optional;

/** The ranking and price snapshots an answer is built from. */
public record SnapshotPair(Snapshot ranking, Snapshot prices) {

    /** Names both snapshots: a new snapshot of either source means a new key. */
    public String key() {
        return ranking.id() + ":" + prices.id();
    }

    /** The older of the two times upstream gives for its data; empty when a snapshot has none. */
    public Optional<Instant> dataAsOf() {
        if (ranking.dataAsOf() == null || prices.dataAsOf() == null) {
            return Optional.empty();
        }
        return Optional.of(ranking.dataAsOf().isBefore(prices.dataAsOf()) ? ranking.dataAsOf() : prices.dataAsOf());
    }

    public Instant lastModified() {
        return ranking.completedAt().isAfter(prices.completedAt()) ? ranking.completedAt() : prices.completedAt();
    }
}
