package com.topcoins.frontapi.top;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import com.topcoins.common.market.Evidence;
import com.topcoins.common.market.MatchProperties;
import com.topcoins.common.market.PriceEntry;
import com.topcoins.common.snapshot.Snapshot;
import com.topcoins.common.snapshot.SnapshotStore;
import com.topcoins.frontapi.ApiProperties;
import org.springframework.stereotype.Component;

/**
 * Price snapshots indexed by symbol, loaded once per snapshot rather than per request: symbols
 * match case-insensitively, which an index on the stored symbol cannot do. Keeps about four
 * snapshots at the ingestion depth (the current one, plus any asked for with {@code at}), bounded by
 * their entries. Loading one snapshot blocks only the requests for that snapshot; a failed load
 * (MongoDB unreachable) or a short one (the snapshot vanished) is not kept.
 */
@Component
class PriceIndexes {

    private static final int SNAPSHOTS_KEPT = 4;

    private final LoadingCache<Snapshot, PriceIndex> indexes;

    PriceIndexes(SnapshotStore store, ApiProperties properties, MatchProperties match) {
        Evidence evidence = match.evidence();
        this.indexes = Caffeine.newBuilder()
                .maximumWeight((long) SNAPSHOTS_KEPT * properties.maxLimit())
                .weigher((Snapshot snapshot, PriceIndex index) -> index.size())
                .build(snapshot -> new PriceIndex(store.all(snapshot, PriceEntry.class), evidence));
    }

    /**
     * The index of a complete price snapshot (the key is the whole snapshot record, which never
     * changes). One with fewer prices than the snapshot's count is returned but not kept.
     */
    PriceIndex of(Snapshot prices) {
        PriceIndex index = indexes.get(prices);
        if (prices.count() != null && index.size() < prices.count()) {
            indexes.invalidate(prices);
        }
        return index;
    }
}
