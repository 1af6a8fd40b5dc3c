package com.topcoins.frontapi.top;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.topcoins.common.market.PriceEntry;
import com.topcoins.common.snapshot.SnapshotStore;
import com.topcoins.common.snapshot.Source;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Price snapshots indexed by symbol, loaded once per snapshot rather than per request: symbols
 * match case-insensitively, which an index on the stored symbol cannot do. Keeps the few most
 * recently used snapshots (the current one, plus any asked for with {@code at}).
 */
@Component
class PriceIndexes {

    private static final int KEPT = 4;

    private final SnapshotStore store;
    private final Map<String, PriceIndex> recent = new LinkedHashMap<>(KEPT, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, PriceIndex> eldest) {
            return size() > KEPT;
        }
    };

    PriceIndexes(SnapshotStore store) {
        this.store = store;
    }

    synchronized PriceIndex of(String priceSnapshotId) {
        PriceIndex index = recent.get(priceSnapshotId);
        if (index == null) {
            index = new PriceIndex(store.documents(Source.COINMARKETCAP, PriceEntry.class)
                    .find(Filters.eq("snapshotId", priceSnapshotId))
                    .projection(Projections.excludeId())
                    .into(new ArrayList<>()));
            recent.put(priceSnapshotId, index);
        }
        return index;
    }
}
