package com.topcoins.benchmarks.freshness;

import com.topcoins.benchmarks.report.Table;
import com.topcoins.benchmarks.suite.SnapshotPublisher;
import com.topcoins.common.market.RankingEntry;
import com.topcoins.common.snapshot.Snapshot;
import com.topcoins.common.snapshot.Source;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * Freshness: publishes ranking snapshots the way an ingestion run does ({@link SnapshotPublisher}) and measures the time from a snapshot's {@code completedAt} to the first
 * answer of the running front API that names it in {@code X-Ranking-Snapshot}.
 *
 * <p>Arguments: results directory, MongoDB URI, Redis host, Redis port, API base URL, publishes.
 * The rows of each published snapshot are those of the latest complete one, re-tagged.
 */
public final class FreshnessBenchmark {

    private static final Duration GIVE_UP = Duration.ofSeconds(30);

    public static void main(String[] args) throws IOException, InterruptedException {
        Path out = Path.of(args[0]);
        String mongoUri = args[1];
        String apiBase = args[4];
        int publishes = args.length > 5 ? Integer.parseInt(args[5]) : 50;

        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest poll = HttpRequest.newBuilder(URI.create(apiBase + "/?limit=200"))
                .GET()
                .build();
        try (SnapshotPublisher publisher = new SnapshotPublisher(mongoUri, args[2], Integer.parseInt(args[3]))) {
            List<RankingEntry> rows = publisher.currentRows(Source.CRYPTOCOMPARE, RankingEntry.class);
            Table samples = new Table("publish", "ms");
            double[] millis = new double[publishes];
            String previous = null;
            for (int i = 0; i < publishes; i++) {
                Snapshot published =
                        publisher.publish(Source.CRYPTOCOMPARE, RankingEntry.class, rows, FreshnessBenchmark::retag);
                Instant seen = awaitServed(http, poll, published.id());
                millis[i] = Duration.between(published.completedAt(), seen).toNanos() / 1e6;
                samples.add(i + 1, "%.1f".formatted(millis[i]));
                if (previous != null) {
                    publisher.deleteDocuments(Source.CRYPTOCOMPARE, previous);
                }
                previous = published.id();
                Thread.sleep(100);
            }
            samples.writeData(out.resolve("freshness.dat"));
            double[] sorted = millis.clone();
            Arrays.sort(sorted);
            Table summary = new Table("publishes", "rows per snapshot", "p50 ms", "p90 ms", "p99 ms", "max ms");
            summary.add(
                    publishes,
                    rows.size(),
                    "%.1f".formatted(percentile(sorted, 50)),
                    "%.1f".formatted(percentile(sorted, 90)),
                    "%.1f".formatted(percentile(sorted, 99)),
                    "%.1f".formatted(sorted[sorted.length - 1]));
            Table.write(out.resolve("freshness.md"), summary.markdown());
        }
    }

    /** The moment the API first answers with the snapshot, polling as fast as one client can. */
    private static Instant awaitServed(HttpClient http, HttpRequest poll, String snapshotId)
            throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(GIVE_UP);
        while (Instant.now().isBefore(deadline)) {
            HttpResponse<Void> response = http.send(poll, HttpResponse.BodyHandlers.discarding());
            if (snapshotId.equals(
                    response.headers().firstValue("X-Ranking-Snapshot").orElse(null))) {
                return Instant.now();
            }
        }
        throw new IllegalStateException("snapshot " + snapshotId + " not served within " + GIVE_UP);
    }

    private static RankingEntry retag(RankingEntry row, String snapshotId) {
        return new RankingEntry(
                snapshotId,
                row.rank(),
                row.ccId(),
                row.symbol(),
                row.name(),
                row.priceUsd(),
                row.marketCapUsd(),
                row.volume24hUsd(),
                row.lastUpdated());
    }

    /** Nearest-rank percentile of sorted values. */
    public static double percentile(double[] sorted, int percent) {
        int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }
}
