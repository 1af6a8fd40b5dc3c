package com.topcoins.frontapi.top;

import com.topcoins.common.snapshot.Snapshot;
import com.topcoins.common.snapshot.SnapshotStore;
import com.topcoins.frontapi.ApiProperties;
import com.topcoins.frontapi.problem.DataUnavailableException;
import com.topcoins.frontapi.snapshot.CurrentSnapshots;
import com.topcoins.frontapi.snapshot.DatabaseBulkhead;
import com.topcoins.frontapi.snapshot.SnapshotPair;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.stereotype.Service;

/**
 * Builds an answer from a ranking and a price snapshot. Answers (JSON, CSV, the HTML page) are cached in Redis under a
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
    private final PriceHistory priceHistory;
    private final DatabaseBulkhead database;
    private final CurrentSnapshots currentSnapshots;
    private final ApiProperties properties;

    TopService(
            SnapshotStore store,
            PriceIndexes priceIndexes,
            TopRenderer renderer,
            PriceHistory priceHistory,
            DatabaseBulkhead database,
            CurrentSnapshots currentSnapshots,
            ApiProperties properties) {
        this.store = store;
        this.priceIndexes = priceIndexes;
        this.renderer = renderer;
        this.priceHistory = priceHistory;
        this.database = database;
        this.currentSnapshots = currentSnapshots;
        this.properties = properties;
    }

    /** JSON, CSV or the HTML page; the key is the argument itself, so Spring evaluates no expression per request. */
    @Cacheable(CACHE)
    public byte[] data(AnswerKey key) {
        TopPage page = page(key.snapshots(), key.start(), key.limit());
        if (key.format() == OutputFormat.HTML) {
            return renderer.html(page, view(key, page));
        }
        return renderer.render(page, key.format());
    }

    /** The page's window, links and sparklines: one more read of the database, for the prices of the last 24 h. */
    private PageView view(AnswerKey key, TopPage page) {
        SnapshotPair snapshots = key.snapshots();
        List<Long> cmcIds = page.data().stream()
                .filter(row -> row.priceUsd() != null && row.coinmarketcapId() != null)
                .map(TopRow::coinmarketcapId)
                .distinct()
                .toList();
        Map<Long, List<BigDecimal>> history = database.call(() -> priceHistory.of(snapshots.prices(), cmcIds));
        Map<Long, Sparkline> sparklines = new HashMap<>();
        for (TopRow row : page.data()) {
            if (cmcIds.contains(row.coinmarketcapId())) {
                Sparkline.of(row.symbol(), history.getOrDefault(row.coinmarketcapId(), List.of()))
                        .ifPresent(line -> sparklines.put(row.coinmarketcapId(), line));
            }
        }
        return new PageView(
                key.start(),
                key.limit(),
                countOf(snapshots.ranking()),
                properties.maxLimit(),
                key.historical() ? snapshots.lastModified() : null,
                snapshots.key(),
                sparklines);
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
