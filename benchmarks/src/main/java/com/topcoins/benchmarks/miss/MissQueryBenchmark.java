package com.topcoins.benchmarks.miss;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import com.topcoins.benchmarks.report.Table;
import com.topcoins.common.snapshot.Snapshot;
import com.topcoins.common.snapshot.SnapshotStore;
import com.topcoins.common.snapshot.Source;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.bson.RawBsonDocument;

/**
 * The database's share of a cache miss: the query the front API sends for a {@code limit=5000} window
 * (same filter, projection and sort as {@code TopService.page}), timed alone from a client that
 * decodes nothing (raw BSON). Compared with the API's miss latency it splits the miss between MongoDB
 * and the API's own work.
 *
 * <p>Arguments: results directory, MongoDB URI, rows, timed runs.
 */
public final class MissQueryBenchmark {

    private static final int WARM_UP_RUNS = 20;

    public static void main(String[] args) {
        Path out = Path.of(args[0]);
        int rows = Integer.parseInt(args[2]);
        int runs = Integer.parseInt(args[3]);
        try (MongoClient client = MongoClients.create(args[1])) {
            SnapshotStore store = new SnapshotStore(client.getDatabase("topcoins"), Clock.systemUTC());
            Snapshot ranking = store.latestComplete(Source.CRYPTOCOMPARE)
                    .orElseThrow(
                            () -> new IllegalStateException("no complete ranking snapshot yet: is ingestion running?"));
            MongoCollection<RawBsonDocument> rankings = store.documents(Source.CRYPTOCOMPARE, RawBsonDocument.class);
            double[] millis = new double[runs];
            int fetched = 0;
            long bytes = 0;
            for (int i = -WARM_UP_RUNS; i < runs; i++) {
                long start = System.nanoTime();
                List<RawBsonDocument> window = rankings.find(Filters.and(
                                Filters.eq("snapshotId", ranking.id()),
                                Filters.gte("rank", 1),
                                Filters.lt("rank", 1 + rows)))
                        .projection(Projections.fields(
                                Projections.include(
                                        "rank", "symbol", "name", "priceUsd", "marketCapUsd", "volume24hUsd"),
                                Projections.excludeId()))
                        .sort(Sorts.ascending("rank"))
                        .into(new ArrayList<>(rows));
                if (i >= 0) {
                    millis[i] = (System.nanoTime() - start) / 1e6;
                }
                fetched = window.size();
                bytes = window.stream()
                        .mapToLong(document -> document.getByteBuffer().remaining())
                        .sum();
            }
            Arrays.sort(millis);
            Table table = new Table("rows", "BSON bytes", "runs", "p50 ms", "p90 ms");
            table.add(
                    fetched, bytes, runs, "%.1f".formatted(millis[runs / 2]), "%.1f".formatted(millis[runs * 9 / 10]));
            Table.write(out.resolve("miss-query.md"), table.markdown());
        }
    }
}
