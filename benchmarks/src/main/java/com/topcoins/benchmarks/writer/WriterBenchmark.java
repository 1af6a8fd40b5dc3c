package com.topcoins.benchmarks.writer;

import static com.topcoins.benchmarks.report.Table.fmt;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.InsertManyOptions;
import com.topcoins.benchmarks.report.Table;
import com.topcoins.common.bulkwrite.BulkWriterProperties;
import com.topcoins.common.bulkwrite.ChunkedBulkWriter;
import com.topcoins.common.market.PriceEntry;
import com.topcoins.localinfra.MongoWireServer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiConsumer;

/**
 * Ingestion writer, side by side, against the in-memory MongoDB wire server started in this JVM:
 * (a) one insertOne per document, (b) one unordered insertMany of everything, (c) the chunked writer
 * at its defaults, (d) a sweep of threads x chunk size, and (s) what the project's seed did: one insertOne per
 * document, as tasks of a pool of one thread per CPU. Writes writer.md, writer.dat and sweep.dat
 * into the directory given as the first argument.
 *
 * <p>Each measurement drops the collection first; a warm-up run of every approach comes before any
 * measurement. Sizes and the naive sample can be given as arguments for quick runs.
 */
public final class WriterBenchmark {

    private static final InsertManyOptions UNORDERED = new InsertManyOptions().ordered(false);
    private static final int[] SWEEP_THREADS = {1, 2, 4};
    private static final int[] SWEEP_CHUNKS = {250, 1000, 5000};

    public static void main(String[] args) {
        Path out = Path.of(args.length > 0 ? args[0] : "target/bench-results");
        List<Integer> sizes = args.length > 1
                ? List.of(args[1].split(",")).stream().map(Integer::valueOf).toList()
                : List.of(10_000, 100_000, 1_000_000);
        int naiveSample = args.length > 2 ? Integer.parseInt(args[2]) : 100_000;
        int sweepSize = args.length > 3 ? Integer.parseInt(args[3]) : 100_000;

        MongoWireServer server = new MongoWireServer("127.0.0.1", 0);
        server.start();
        MongoClientSettings settings = MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString("mongodb://127.0.0.1:" + server.port() + "/bench"))
                .applyToConnectionPoolSettings(pool -> pool.maxSize(16))
                .build();
        BulkWriterProperties defaults = new BulkWriterProperties(0, 1000);
        try (MongoClient client = MongoClients.create(settings)) {
            MongoCollection<PriceEntry> collection =
                    client.getDatabase("bench").getCollection("prices", PriceEntry.class);
            Bench bench = new Bench(collection);
            int maxSize = sizes.stream().mapToInt(Integer::intValue).max().orElseThrow();
            List<PriceEntry> all = PriceEntries.generate(Math.max(maxSize, sweepSize), "bench-snapshot");

            ChunkedBulkWriter defaultWriter = new ChunkedBulkWriter(defaults);
            BiConsumer<MongoCollection<PriceEntry>, List<PriceEntry>> naive = (c, docs) -> docs.forEach(c::insertOne);
            BiConsumer<MongoCollection<PriceEntry>, List<PriceEntry>> oneInsertMany =
                    (c, docs) -> c.insertMany(docs, UNORDERED);
            BiConsumer<MongoCollection<PriceEntry>, List<PriceEntry>> chunked = defaultWriter::write;
            int cpus = Runtime.getRuntime().availableProcessors();
            ExecutorService seedPool = Executors.newFixedThreadPool(cpus);
            BiConsumer<MongoCollection<PriceEntry>, List<PriceEntry>> seed = (c, docs) -> awaitAll(docs.stream()
                    .map(doc -> seedPool.submit(() -> c.insertOne(doc)))
                    .toList());

            // The server runs in this JVM: until its insert path is fully compiled, whatever is measured first
            // looks slow (the sweep, measured last, used to beat the same settings measured first by up to 60 %).
            System.out.println("warm-up");
            List<PriceEntry> warm = all.subList(0, Math.min(all.size(), 100_000));
            for (int i = 0; i < 10; i++) {
                bench.seconds(naive, warm.subList(0, 5_000));
                bench.seconds(seed, warm.subList(0, 5_000));
                bench.seconds(oneInsertMany, warm);
                bench.seconds(chunked, warm);
            }

            Table results = new Table(
                    "documents",
                    "(a) insertOne each docs/s",
                    "(b) one insertMany docs/s",
                    "(c) chunked default docs/s",
                    "c/b",
                    "c/a",
                    "(a) s",
                    "(b) s",
                    "(c) s",
                    "(s) seed: insertOne each on %d threads docs/s".formatted(cpus),
                    "c/s",
                    "(a), (s) measured on");
            for (int size : sizes) {
                List<PriceEntry> docs = all.subList(0, size);
                int naiveCount = Math.min(size, naiveSample);
                double a = bench.median(naive, docs.subList(0, naiveCount)) * size / naiveCount;
                double b = bench.median(oneInsertMany, docs);
                double c = bench.median(chunked, docs);
                double seeds = bench.median(seed, docs.subList(0, naiveCount)) * size / naiveCount;
                results.add(
                        size,
                        fmt(size / a),
                        fmt(size / b),
                        fmt(size / c),
                        "%.2f".formatted(b / c),
                        "%.1f".formatted(a / c),
                        "%.3f".formatted(a),
                        "%.3f".formatted(b),
                        "%.3f".formatted(c),
                        fmt(size / seeds),
                        "%.1f".formatted(seeds / c),
                        naiveCount == size ? "all" : naiveCount + " (extrapolated)");
            }
            defaultWriter.close();
            seedPool.shutdown();

            Table sweep = new Table("threads", "chunk", "documents", "docs/s", "s");
            List<PriceEntry> sweepDocs = all.subList(0, sweepSize);
            for (int threads : SWEEP_THREADS) {
                for (int chunk : SWEEP_CHUNKS) {
                    try (ChunkedBulkWriter writer = new ChunkedBulkWriter(new BulkWriterProperties(threads, chunk))) {
                        double s = bench.median(writer::write, sweepDocs);
                        sweep.add(threads, chunk, sweepSize, fmt(sweepSize / s), "%.3f".formatted(s));
                    }
                }
            }
            results.writeData(out.resolve("writer.dat"));
            sweep.writeData(out.resolve("sweep.dat"));
            Table.write(out.resolve("writer.md"), """
                    Default writer settings: threads %d (topcoins.writer.threads=%d), chunk size %d. Each figure is the \
                    median of 3 to 9 runs (more while they add up to under 3 s; one run when a run takes 5 s or more); \
                    the collection is dropped before each run, after a warm-up.

                    %s
                    Sweep at %,d documents (medians as above):

                    %s""".formatted(
                            defaults.effectiveThreads(),
                            defaults.threads(),
                            defaults.chunkSize(),
                            results.markdown(),
                            sweepSize,
                            sweep.markdown()));
        } finally {
            server.stop();
        }
    }

    private static void awaitAll(List<? extends Future<?>> tasks) {
        try {
            for (Future<?> task : tasks) {
                task.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Times write approaches on a freshly dropped collection. */
    private record Bench(MongoCollection<PriceEntry> collection) {

        double seconds(BiConsumer<MongoCollection<PriceEntry>, List<PriceEntry>> write, List<PriceEntry> docs) {
            collection.drop();
            System.gc();
            long start = System.nanoTime();
            write.accept(collection, docs);
            double seconds = (System.nanoTime() - start) / 1e9;
            long stored = collection.estimatedDocumentCount();
            if (stored != docs.size()) {
                throw new IllegalStateException("wrote " + docs.size() + " but " + stored + " are stored");
            }
            return seconds;
        }

        /**
         * The median of 3 to 9 runs: short runs are the noisy ones on a shared machine, so runs repeat while
         * they add up to under 3 s; a run of 5 s or more is long enough to stand alone.
         */
        double median(BiConsumer<MongoCollection<PriceEntry>, List<PriceEntry>> write, List<PriceEntry> docs) {
            List<Double> runs = new ArrayList<>();
            double total = 0;
            do {
                double seconds = seconds(write, docs);
                runs.add(seconds);
                total += seconds;
            } while (runs.get(0) < 5 && (runs.size() < 3 || (runs.size() < 9 && total < 3)));
            Collections.sort(runs);
            return runs.get(runs.size() / 2);
        }
    }
}
