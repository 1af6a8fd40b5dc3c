package com.topcoins.frontapi.top;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import com.topcoins.common.snapshot.SnapshotStore;
import com.topcoins.common.snapshot.Source;
import com.topcoins.frontapi.snapshot.SnapshotPair;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.stereotype.Service;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds an answer from a ranking and a price snapshot. Data answers are cached in Redis under a
 * key naming both snapshots, the window and the format ({@link AnswerKey}): a hit costs no MongoDB
 * call, and a new snapshot of either source is a new key, so no answer is ever stale.
 */
@Service
public class TopService {

    public static final String CACHE = "top";

    private final SnapshotStore store;
    private final PriceIndexes priceIndexes;
    private final TopRenderer renderer;

    TopService(SnapshotStore store, PriceIndexes priceIndexes, TopRenderer renderer) {
        this.store = store;
        this.priceIndexes = priceIndexes;
        this.renderer = renderer;
    }

    /** JSON or CSV; the key is the argument itself, so Spring evaluates no expression per request. */
    @Cacheable(CACHE)
    public byte[] data(AnswerKey key) {
        return renderer.render(page(key.snapshots(), key.start(), key.limit()), key.format());
    }

    /** HTML is not cached: it shows ages relative to the moment it is served. */
    public byte[] html(SnapshotPair snapshots, int start, int limit) {
        return renderer.render(page(snapshots, start, limit), OutputFormat.HTML);
    }

    /** Ranks {@code start} to {@code start + limit - 1}, each with its matched price. */
    TopPage page(SnapshotPair snapshots, int start, int limit) {
        List<RankedAsset> window = store.documents(Source.CRYPTOCOMPARE, RankedAsset.class)
                .find(Filters.and(Filters.eq("snapshotId", snapshots.ranking().id()),
                        Filters.gte("rank", start), Filters.lt("rank", start + limit)))
                .projection(Projections.fields(Projections.include(RankedAsset.FIELDS), Projections.excludeId()))
                .sort(Sorts.ascending("rank"))
                .into(new ArrayList<>(limit));
        PriceIndex prices = priceIndexes.of(snapshots.prices().id());
        List<TopRow> rows = window.stream().map(prices::merge).toList();
        return new TopPage(snapshots.ranking().completedAt(), snapshots.prices().completedAt(), rows.size(), rows);
    }
}
