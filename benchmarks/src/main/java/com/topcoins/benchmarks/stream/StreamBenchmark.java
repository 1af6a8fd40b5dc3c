package com.topcoins.benchmarks.stream;

import com.topcoins.benchmarks.freshness.FreshnessBenchmark;
import com.topcoins.benchmarks.report.Table;
import com.topcoins.benchmarks.suite.SnapshotPublisher;
import com.topcoins.common.market.PriceEntry;
import com.topcoins.common.snapshot.Snapshot;
import com.topcoins.common.snapshot.SnapshotStore;
import com.topcoins.common.snapshot.Source;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The push stream under subscribers: opens streams of {@code /api/v1/top/stream} up to each level, then publishes
 * price snapshots the way an ingestion run does and times, for every subscriber, the snapshot's
 * {@code completedAt} to the arrival of the event naming it; and what the streams cost the front API's
 * memory (heap after a full GC, and RSS, just before and after opening each level's new streams). Last, one stream past the
 * configured limit, which must be refused.
 *
 * <p>Arguments: results directory, MongoDB URI, Redis host, Redis port, API base URL, front API pid, levels
 * (comma-separated subscriber counts, the last being the limit), publishes per level, windows (distinct
 * {@code start}s the subscribers spread over).
 */
public final class StreamBenchmark {

    private static final Duration GIVE_UP = Duration.ofSeconds(30);

    /** A subscriber: the arrival time of each event id it has read. */
    private record Listener(HttpResponse<Stream<String>> response, Map<String, Instant> arrivals) {}

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        String mongoUri = args[1];
        String apiBase = args[4];
        long pid = Long.parseLong(args[5]);
        int[] levels =
                Arrays.stream(args[6].split(",")).mapToInt(Integer::parseInt).toArray();
        int publishes = Integer.parseInt(args[7]);
        int windows = Integer.parseInt(args[8]);

        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        List<Listener> listeners = new ArrayList<>();
        Table results = new Table(
                "subscribers",
                "windows",
                "events timed",
                "missed",
                "p50 ms",
                "p99 ms",
                "max ms",
                "heap MiB",
                "RSS MiB",
                "heap KiB / subscriber",
                "RSS KiB / subscriber");
        try (SnapshotPublisher publisher = new SnapshotPublisher(mongoUri, args[2], Integer.parseInt(args[3]))) {
            SnapshotStore store = publisher.store();
            List<PriceEntry> rows = publisher.currentRows(Source.COINMARKETCAP, PriceEntry.class);
            String previous = null;
            for (int level : levels) {
                // Only the streams opened in between, against the same snapshots: publishes fill caches too.
                Memory before = Memory.of(pid);
                int added = level - listeners.size();
                while (listeners.size() < level) {
                    listeners.add(subscribe(http, apiBase, 1 + listeners.size() % windows));
                }
                String current =
                        store.latestComplete(Source.CRYPTOCOMPARE).orElseThrow().id() + ":"
                                + store.latestComplete(Source.COINMARKETCAP)
                                        .orElseThrow()
                                        .id();
                awaitAll(listeners, current);
                Memory held = Memory.of(pid);
                List<Double> millis = new ArrayList<>();
                int missed = 0;
                for (int i = 0; i < publishes; i++) {
                    Snapshot published =
                            publisher.publish(Source.COINMARKETCAP, PriceEntry.class, rows, StreamBenchmark::retag);
                    String key = published.id();
                    Instant deadline = Instant.now().plus(GIVE_UP);
                    for (Listener listener : listeners) {
                        Instant arrived = awaitEvent(listener, key, deadline);
                        if (arrived == null) {
                            missed++;
                        } else {
                            millis.add(Duration.between(published.completedAt(), arrived)
                                            .toNanos()
                                    / 1e6);
                        }
                    }
                    if (previous != null) {
                        publisher.deleteDocuments(Source.COINMARKETCAP, previous);
                    }
                    previous = published.id();
                    Thread.sleep(200);
                }
                double[] sorted = millis.stream()
                        .mapToDouble(Double::doubleValue)
                        .sorted()
                        .toArray();
                results.add(
                        level,
                        Math.min(level, windows),
                        sorted.length,
                        missed,
                        "%.1f".formatted(FreshnessBenchmark.percentile(sorted, 50)),
                        "%.1f".formatted(FreshnessBenchmark.percentile(sorted, 99)),
                        "%.1f".formatted(sorted[sorted.length - 1]),
                        "%.1f".formatted(held.heapKib() / 1024.0),
                        "%.1f".formatted(held.rssKib() / 1024.0),
                        "%.1f".formatted((held.heapKib() - before.heapKib()) / added),
                        "%.1f".formatted((held.rssKib() - before.rssKib()) / (double) added));
                System.out.println(results.markdown());
            }
            HttpResponse<String> refused = http.send(
                    HttpRequest.newBuilder(URI.create(apiBase + "/api/v1/top/stream?limit=1"))
                            .timeout(Duration.ofSeconds(10))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            String limit = "one more stream at %d open: HTTP %d, Retry-After %s, %s"
                    .formatted(
                            listeners.size(),
                            refused.statusCode(),
                            refused.headers().firstValue("Retry-After").orElse("none"),
                            refused.body());
            System.out.println(limit);
            Table.write(out.resolve("stream.md"), results.markdown());
            Files.writeString(out.resolve("stream-limit.txt"), limit + "\n");
        } finally {
            listeners.forEach(listener -> listener.response().body().close());
        }
    }

    private static Listener subscribe(HttpClient http, String apiBase, int start) throws Exception {
        HttpResponse<Stream<String>> response = http.send(
                HttpRequest.newBuilder(URI.create(apiBase + "/api/v1/top/stream?limit=100&start=" + start))
                        .header("Accept", "text/event-stream")
                        .timeout(Duration.ofSeconds(10))
                        .build(),
                HttpResponse.BodyHandlers.ofLines());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("stream refused: HTTP " + response.statusCode());
        }
        Listener listener = new Listener(response, new ConcurrentHashMap<>());
        Thread reader = new Thread(
                () -> {
                    try (Stream<String> lines = response.body()) {
                        lines.filter(line -> line.startsWith("id:"))
                                .forEach(line -> listener.arrivals()
                                        .putIfAbsent(line.substring(3).strip(), Instant.now()));
                    } catch (RuntimeException closed) {
                        // the benchmark closed it
                    }
                },
                "subscriber");
        reader.setDaemon(true);
        reader.start();
        return listener;
    }

    private static void awaitAll(List<Listener> listeners, String key) throws InterruptedException {
        Instant deadline = Instant.now().plus(GIVE_UP);
        for (Listener listener : listeners) {
            if (awaitEvent(listener, key, deadline) == null) {
                throw new IllegalStateException("a subscriber never got the current answer " + key);
            }
        }
    }

    /** When the listener read an event whose id ends with {@code key} (a snapshot or a pair), or null by the deadline. */
    private static Instant awaitEvent(Listener listener, String key, Instant deadline) throws InterruptedException {
        while (Instant.now().isBefore(deadline)) {
            for (Map.Entry<String, Instant> arrival : listener.arrivals().entrySet()) {
                if (arrival.getKey().endsWith(key)) {
                    return arrival.getValue();
                }
            }
            Thread.sleep(1);
        }
        return null;
    }

    private static PriceEntry retag(PriceEntry row, String snapshotId) {
        return new PriceEntry(
                snapshotId,
                row.cmcId(),
                row.symbol(),
                row.name(),
                row.cmcRank(),
                row.priceUsd(),
                row.marketCapUsd(),
                row.volume24hUsd(),
                row.lastUpdated());
    }

    /** The front API's heap after a full collection (jcmd, jstat) and its resident set. */
    private record Memory(double heapKib, long rssKib) {

        static Memory of(long pid) throws IOException, InterruptedException {
            run("jcmd", Long.toString(pid), "GC.run");
            String[] jstat = run("jstat", "-gc", Long.toString(pid)).strip().split("\n");
            List<String> names = List.of(jstat[0].trim().split("\\s+"));
            String[] values = jstat[1].trim().split("\\s+");
            double heap = 0;
            for (String used : List.of("S0U", "S1U", "EU", "OU")) {
                heap += Double.parseDouble(values[names.indexOf(used)]);
            }
            long rss = Files.readAllLines(Path.of("/proc/" + pid + "/status")).stream()
                    .filter(line -> line.startsWith("VmRSS:"))
                    .mapToLong(line -> Long.parseLong(line.replaceAll("[^0-9]", "")))
                    .findFirst()
                    .orElseThrow();
            return new Memory(heap, rss);
        }

        private static String run(String... command) throws IOException, InterruptedException {
            Process process =
                    new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes());
            if (process.waitFor() != 0) {
                throw new IllegalStateException(String.join(" ", command) + ": " + output);
            }
            return output;
        }
    }
}
