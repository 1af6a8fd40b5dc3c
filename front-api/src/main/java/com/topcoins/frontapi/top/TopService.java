package com.topcoins.frontapi.top;

import com.topcoins.common.snapshot.Snapshot;
import com.topcoins.common.snapshot.SnapshotStore;
import com.topcoins.frontapi.ApiProperties;
import com.topcoins.frontapi.problem.DataUnavailableException;
import com.topcoins.frontapi.snapshot.CurrentSnapshots;
import com.topcoins.frontapi.snapshot.DatabaseBulkhead;
import com.topcoins.frontapi.snapshot.SnapshotPair;
import java.util.List;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.stereotype.Service;

/**
 * Builds an answer from a ranking and a price snapshot. Data answers are cached in Redis under a
 * key naming both snapshots, the window and the format ({@link AnswerKey}): a hit costs no MongoDB
 * call, and a new snapshot of either source is a new key, so no answer is ever stale. An answer is
 * built only from snapshots the database still holds in full: fewer rows than the snapshot's count
 * promises (it vanished, say with a database restored empty) is a 503, never a short answer, and an
 * exception is never cached.
 */
@Service
public class TopService {

    public static final String CACHE = "top";

    private final SnapshotStore store;
    private final PriceIndexes priceIndexes;
    private final TopRenderer renderer;
    private final DatabaseBulkhead database;
    private final CurrentSnapshots currentSnapshots;
    private final ApiProperties properties;

    TopService(
            SnapshotStore store,
            PriceIndexes priceIndexes,
            TopRenderer renderer,
            DatabaseBulkhead database,
            CurrentSnapshots currentSnapshots,
            ApiProperties properties) {
        this.store = store;
        this.priceIndexes = priceIndexes;
        this.renderer = renderer;
        this.database = database;
        this.currentSnapshots = currentSnapshots;
        this.properties = properties;
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
        return database.call(() -> {
            List<RankedAsset> window = store.rankingWindow(snapshots.ranking(), start, limit, RankedAsset.class);
            int expected = expectedRows(snapshots.ranking(), start, limit);
            if (window.size() < expected) {
                throw incomplete(snapshots.ranking(), "%d of the %d rows".formatted(window.size(), expected));
            }
            PriceIndex prices = prices(snapshots.prices());
            List<TopRow> rows = window.stream().map(prices::merge).toList();
            return new TopPage(
                    snapshots.ranking().dataAsOf(),
                    snapshots.ranking().completedAt(),
                    snapshots.prices().dataAsOf(),
                    snapshots.prices().completedAt(),
                    rows.size(),
                    rows);
        });
    }

    /**
     * The merge of a price snapshot the database still holds in full, else a 503 (see the class comment). Call it
     * within {@link DatabaseBulkhead#call}: a snapshot not indexed yet is read from MongoDB.
     */
    public PriceIndex prices(Snapshot prices) {
        PriceIndex index = priceIndexes.of(prices);
        if (index.size() < countOf(prices)) {
            throw incomplete(prices, "%d of its %d prices".formatted(index.size(), countOf(prices)));
        }
        return index;
    }

    /**
     * Whether a ranking snapshot is still whole in the database, by its last rank (one indexed query), else a 503:
     * for an answer that found nothing, which must not be told as "not there" when the data is gone. Call it
     * within {@link DatabaseBulkhead#call}.
     */
    public void requireWhole(Snapshot ranking) {
        int last = countOf(ranking);
        if (last > 0 && store.rankingWindow(ranking, last, 1, RankedAsset.class).isEmpty()) {
            throw incomplete(ranking, "no document of rank %d".formatted(last));
        }
    }

    /** The rows a complete ranking snapshot has in the window: none past its end. */
    static int expectedRows(Snapshot ranking, int start, int limit) {
        return Math.max(0, Math.min(limit, countOf(ranking) - start + 1));
    }

    private static int countOf(Snapshot snapshot) {
        return snapshot.count() == null ? 0 : snapshot.count();
    }

    /** The snapshot is no longer whole in MongoDB: re-resolve the current ones, and answer 503 meanwhile. */
    private DataUnavailableException incomplete(Snapshot snapshot, String found) {
        currentSnapshots.refresh();
        return new DataUnavailableException(
                "The %s snapshot %s is no longer complete in the database (found %s); "
                                .formatted(snapshot.source().id(), snapshot.id(), found)
                        + "try again shortly",
                properties.busyRetryAfter(),
                null);
    }
}
