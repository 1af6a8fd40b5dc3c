package com.topcoins.common.bulkwrite;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.InsertManyOptions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Splits documents into chunks and writes each chunk as one unordered {@code insertMany} on a fixed
 * pool of threads, so a large snapshot uses several pooled connections at once. The write succeeds
 * only when every chunk is acknowledged.
 */
public class ChunkedBulkWriter implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ChunkedBulkWriter.class);
    private static final InsertManyOptions UNORDERED = new InsertManyOptions().ordered(false);

    private final int threads;
    private final int chunkSize;
    private final ExecutorService executor;

    public ChunkedBulkWriter(BulkWriterProperties properties) {
        this.threads = properties.effectiveThreads();
        this.chunkSize = properties.chunkSize();
        this.executor = Executors.newFixedThreadPool(threads, namedDaemonThreads());
    }

    /**
     * Writes every document exactly once.
     *
     * @throws BulkWriteFailedException if any chunk fails; other chunks may have been written, which
     *                                  is why callers write into a snapshot that stays unpublished
     */
    public <T> WriteStats write(MongoCollection<T> collection, List<T> documents) {
        long start = System.nanoTime();
        List<List<T>> chunks = chunk(documents);
        List<CompletableFuture<Void>> writes = new ArrayList<>(chunks.size());
        for (List<T> chunk : chunks) {
            writes.add(CompletableFuture.runAsync(() -> collection.insertMany(chunk, UNORDERED), executor));
        }
        try {
            CompletableFuture.allOf(writes.toArray(CompletableFuture[]::new)).join();
        } catch (CompletionException e) {
            long failed = writes.stream()
                    .filter(CompletableFuture::isCompletedExceptionally)
                    .count();
            throw new BulkWriteFailedException(
                    "%d of %d chunk(s) failed writing %d document(s) to %s"
                            .formatted(
                                    failed,
                                    chunks.size(),
                                    documents.size(),
                                    collection.getNamespace().getCollectionName()),
                    e.getCause());
        }
        WriteStats stats = new WriteStats(
                documents.size(),
                chunks.size(),
                Math.min(threads, Math.max(1, chunks.size())),
                Duration.ofNanos(System.nanoTime() - start));
        log.info(
                "Wrote {} docs to {} in {} chunk(s) of <= {} on {} thread(s) in {} ms ({} docs/s)",
                stats.documents(),
                collection.getNamespace().getCollectionName(),
                stats.chunks(),
                chunkSize,
                stats.threads(),
                stats.elapsed().toMillis(),
                Math.round(stats.docsPerSecond()));
        return stats;
    }

    private <T> List<List<T>> chunk(List<T> documents) {
        List<List<T>> chunks = new ArrayList<>((documents.size() + chunkSize - 1) / chunkSize);
        for (int from = 0; from < documents.size(); from += chunkSize) {
            chunks.add(documents.subList(from, Math.min(documents.size(), from + chunkSize)));
        }
        return chunks;
    }

    @Override
    public void close() {
        executor.shutdown();
    }

    private static ThreadFactory namedDaemonThreads() {
        AtomicInteger counter = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "bulk-writer-" + counter.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
