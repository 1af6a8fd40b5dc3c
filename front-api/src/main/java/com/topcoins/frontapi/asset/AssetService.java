package com.topcoins.frontapi.asset;

import com.topcoins.common.market.PriceEntry;
import com.topcoins.common.snapshot.Snapshot;
import com.topcoins.common.snapshot.SnapshotStore;
import com.topcoins.frontapi.ApiProperties;
import com.topcoins.frontapi.snapshot.CurrentSnapshots;
import com.topcoins.frontapi.snapshot.DatabaseBulkhead;
import com.topcoins.frontapi.snapshot.SnapshotPair;
import com.topcoins.frontapi.top.PriceIndex;
import com.topcoins.frontapi.top.PricePoint;
import com.topcoins.frontapi.top.RankedAsset;
import com.topcoins.frontapi.top.TopRow;
import com.topcoins.frontapi.top.TopService;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * One asset of the current ranking, found by symbol, and its history across the retained snapshots. Rows are
 * merged by the top list's merge ({@link TopService#prices}), so an asset's row is byte for byte its row in the
 * top list. Every MongoDB read runs within the {@link DatabaseBulkhead}, and a request reads a fixed number of
 * queries whatever the number of snapshots: the snapshots of the span, then the asset's documents in all of them
 * at once ({@link SnapshotStore#ofAssets}).
 */
@Service
class AssetService {

    private static final Comparator<PriceEntry> BY_CMC_RANK =
            Comparator.comparing(PriceEntry::cmcRank, Comparator.nullsLast(Comparator.naturalOrder()));

    private final SnapshotStore store;
    private final TopService top;
    private final CurrentSnapshots currentSnapshots;
    private final DatabaseBulkhead database;
    private final ApiProperties properties;

    AssetService(
            SnapshotStore store,
            TopService top,
            CurrentSnapshots currentSnapshots,
            DatabaseBulkhead database,
            ApiProperties properties) {
        this.store = store;
        this.top = top;
        this.currentSnapshots = currentSnapshots;
        this.database = database;
        this.properties = properties;
    }

    AssetAnswer asset(AssetSymbol symbol) {
        SnapshotPair snapshots = currentSnapshots.currentOrUnavailable();
        return database.call(() -> {
            Resolved resolved = resolve(symbol, snapshots);
            return new AssetAnswer(
                    symbol.value(),
                    resolved.match(),
                    snapshots.ranking().dataAsOf(),
                    snapshots.ranking().completedAt(),
                    snapshots.prices().dataAsOf(),
                    snapshots.prices().completedAt(),
                    snapshots.ranking().id(),
                    snapshots.prices().id(),
                    resolved.row(),
                    resolved.others().stream().map(resolved.prices()::merge).toList(),
                    resolved.prices().candidates(resolved.row().symbol()).stream()
                            .sorted(BY_CMC_RANK)
                            .map(price -> new AssetAnswer.Candidate(
                                    price.cmcId(),
                                    price.symbol(),
                                    price.name(),
                                    price.priceUsd(),
                                    price.cmcRank(),
                                    Objects.equals(price.cmcId(), resolved.row().coinmarketcapId())))
                            .toList());
        });
    }

    /**
     * Each ranking snapshot of the span with the price snapshot current at its completion: the newest completed at
     * or before it, which may predate {@code from}.
     */
    AssetHistory history(AssetSymbol symbol, HistoryQuery query) {
        SnapshotPair snapshots = currentSnapshots.currentOrUnavailable();
        return database.call(() -> {
            TopRow row = resolve(symbol, snapshots).row();
            List<Snapshot> rankings = store.completeBetween(properties.sources().ranking(), query.from(), query.to());
            List<AssetHistory.Point> points = new ArrayList<>(rankings.size());
            if (!rankings.isEmpty()) {
                List<Snapshot> prices = pricesCurrentDuring(
                        rankings.get(0), rankings.get(rankings.size() - 1).completedAt());
                Map<String, RankingPoint> ranked = bySnapshot(
                        store.ofAssets(
                                properties.sources().ranking(),
                                List.of(row.cryptocompareId()),
                                rankings.stream().map(Snapshot::id).toList(),
                                RankingPoint.class),
                        RankingPoint::snapshotId);
                Map<String, PricePoint> priced = row.coinmarketcapId() == null
                        ? Map.of()
                        : bySnapshot(
                                store.ofAssets(
                                        properties.sources().prices(),
                                        List.of(row.coinmarketcapId()),
                                        prices.stream().map(Snapshot::id).toList(),
                                        PricePoint.class),
                                PricePoint::snapshotId);
                int current = -1;
                for (Snapshot ranking : rankings) {
                    // Both lists are in completion order: the price snapshot current at each point only moves on.
                    while (current + 1 < prices.size()
                            && !prices.get(current + 1).completedAt().isAfter(ranking.completedAt())) {
                        current++;
                    }
                    Snapshot price = current < 0 ? null : prices.get(current);
                    RankingPoint rank = ranked.get(ranking.id());
                    PricePoint pricePoint = price == null ? null : priced.get(price.id());
                    points.add(new AssetHistory.Point(
                            ranking.completedAt(),
                            rank == null ? null : rank.rank(),
                            pricePoint == null ? null : pricePoint.priceUsd(),
                            rank == null ? null : rank.volume24hUsd(),
                            ranking.id(),
                            price == null ? null : price.id()));
                }
            }
            return new AssetHistory(
                    row.symbol(),
                    row.cryptocompareId(),
                    row.coinmarketcapId(),
                    query.from(),
                    query.to(),
                    points.size(),
                    points);
        });
    }

    /**
     * The price snapshots current at some instant from {@code first}'s completion to {@code last}, in completion
     * order, ties by id as {@link SnapshotStore#completeAt} breaks them.
     */
    private List<Snapshot> pricesCurrentDuring(Snapshot first, Instant last) {
        Map<String, Snapshot> prices = new LinkedHashMap<>();
        store.completeAt(properties.sources().prices(), first.completedAt())
                .ifPresent(price -> prices.put(price.id(), price));
        store.completeBetween(properties.sources().prices(), first.completedAt(), last)
                .forEach(price -> prices.putIfAbsent(price.id(), price));
        return prices.values().stream()
                .sorted(Comparator.comparing(Snapshot::completedAt).thenComparing(Snapshot::id))
                .toList();
    }

    private static <T> Map<String, T> bySnapshot(List<T> documents, Function<T, String> snapshotId) {
        return documents.stream().collect(Collectors.toMap(snapshotId, Function.identity(), (a, b) -> a));
    }

    /**
     * The ranked assets whose symbol equals the asked one ignoring case (one indexed query, not the whole
     * ranking); of them the exact-case ones win, then the best rank. Call within the bulkhead.
     */
    private Resolved resolve(AssetSymbol symbol, SnapshotPair snapshots) {
        List<RankedAsset> ranked = store.withSymbol(snapshots.ranking(), symbol.value(), RankedAsset.class);
        PriceIndex prices = top.prices(snapshots.prices());
        if (ranked.isEmpty()) {
            // A 404 only while the ranking is there: one that vanished (a database back empty) is a 503.
            top.requireWhole(snapshots.ranking());
        }
        List<RankedAsset> exact = ranked.stream()
                .filter(asset -> symbol.value().equals(asset.symbol()))
                .toList();
        RankedAsset chosen = (exact.isEmpty() ? ranked : exact)
                .stream()
                        .min(Comparator.comparingInt(RankedAsset::rank))
                        .orElseThrow(() -> new AssetNotFoundException(symbol, snapshots.ranking()));
        List<RankedAsset> others = ranked.stream()
                .filter(asset -> asset != chosen)
                .sorted(Comparator.comparingInt(RankedAsset::rank))
                .toList();
        return new Resolved(
                exact.isEmpty() ? SymbolMatch.IGNORING_CASE : SymbolMatch.EXACT, prices.merge(chosen), others, prices);
    }

    private record Resolved(SymbolMatch match, TopRow row, List<RankedAsset> others, PriceIndex prices) {}
}
