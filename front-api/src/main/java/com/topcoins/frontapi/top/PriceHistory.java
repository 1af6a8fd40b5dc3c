package com.topcoins.frontapi.top;

import com.topcoins.common.snapshot.Snapshot;
import com.topcoins.common.snapshot.SnapshotStore;
import com.topcoins.common.snapshot.Source;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The prices of given CoinMarketCap assets over the 24 h up to a price snapshot, from the snapshots
 * retention keeps: two queries for a whole page (the snapshots of the span, then the assets' documents
 * in at most {@value #MAX_POINTS} of them, evenly spread), never one per row.
 */
@Component
class PriceHistory {

    static final Duration SPAN = Duration.ofHours(24);
    /** Points of a sparkline at most: enough for its width, and a bounded read for a 500-row page. */
    static final int MAX_POINTS = 48;

    private final SnapshotStore store;

    PriceHistory(SnapshotStore store) {
        this.store = store;
    }

    /** Each asset's prices, oldest first, ending with those of {@code prices}; none when its source is not CoinMarketCap. */
    Map<Long, List<BigDecimal>> of(Snapshot prices, Collection<Long> cmcIds) {
        if (prices.source() != Source.COINMARKETCAP || cmcIds.isEmpty() || prices.completedAt() == null) {
            return Map.of();
        }
        List<String> snapshotIds = sample(
                store
                        .completeBetween(
                                Source.COINMARKETCAP, prices.completedAt().minus(SPAN), prices.completedAt())
                        .stream()
                        .map(Snapshot::id)
                        .toList(),
                MAX_POINTS);
        Map<String, Integer> order = new HashMap<>();
        for (String id : snapshotIds) {
            order.put(id, order.size());
        }
        // By asset, each snapshot's price in its place (an asset listed twice in one snapshot: its first price).
        Map<Long, BigDecimal[]> slots = new HashMap<>();
        for (PricePoint point : store.ofAssets(Source.COINMARKETCAP, cmcIds, snapshotIds, PricePoint.class)) {
            Integer slot = order.get(point.snapshotId());
            if (slot == null || point.priceUsd() == null) {
                continue;
            }
            BigDecimal[] series = slots.computeIfAbsent(point.cmcId(), id -> new BigDecimal[snapshotIds.size()]);
            if (series[slot] == null) {
                series[slot] = point.priceUsd();
            }
        }
        Map<Long, List<BigDecimal>> history = new HashMap<>();
        slots.forEach((cmcId, series) -> {
            List<BigDecimal> known = new ArrayList<>();
            for (BigDecimal price : series) {
                if (price != null) {
                    known.add(price);
                }
            }
            history.put(cmcId, known);
        });
        return history;
    }

    /** At most {@code max} of the items, evenly spread, the first and last always among them. */
    static <T> List<T> sample(List<T> items, int max) {
        if (items.size() <= max) {
            return items;
        }
        List<T> sample = new ArrayList<>(max);
        for (int i = 0; i < max; i++) {
            sample.add(items.get((int) Math.round((double) i * (items.size() - 1) / (max - 1))));
        }
        return sample;
    }
}
