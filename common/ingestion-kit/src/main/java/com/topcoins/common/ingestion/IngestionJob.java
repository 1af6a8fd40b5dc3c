package com.topcoins.common.ingestion;

import com.topcoins.common.bulkwrite.ChunkedBulkWriter;
import com.topcoins.common.bulkwrite.WriteStats;
import com.topcoins.common.snapshot.Snapshot;
import com.topcoins.common.snapshot.SnapshotStore;
import com.topcoins.common.snapshot.Source;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One ingestion run under the snapshot protocol: ensure the indexes, begin a {@code writing} snapshot,
 * fetch and validate, bulk-write, mark {@code complete}, notify readers, purge expired snapshots. Any failure
 * marks the snapshot {@code failed} and leaves the previous complete one current.
 */
public class IngestionJob<T> {

    private static final Logger log = LoggerFactory.getLogger(IngestionJob.class);

    private final MarketSource<T> source;
    private final SnapshotStore store;
    private final ChunkedBulkWriter writer;
    private final SnapshotNotifier notifier;
    private final IngestionProperties properties;

    public IngestionJob(
            MarketSource<T> source,
            SnapshotStore store,
            ChunkedBulkWriter writer,
            SnapshotNotifier notifier,
            IngestionProperties properties) {
        this.source = source;
        this.store = store;
        this.writer = writer;
        this.notifier = notifier;
        this.properties = properties;
    }

    /** The source this job ingests. */
    public Source source() {
        return source.source();
    }

    /** Runs once; never throws, so a scheduler keeps going whatever happens. */
    public RunOutcome run() {
        long start = System.nanoTime();
        String name = source.source().id();
        Snapshot snapshot;
        try {
            // Every run, not once per start: a database restored or replaced without them gets them back.
            store.ensureIndexes();
            snapshot = store.begin(source.source());
        } catch (RuntimeException e) {
            log.error("{} run not started: cannot record a snapshot ({})", name, e.getMessage());
            return new RunOutcome(null, false, 0, elapsed(start), e.getMessage());
        }
        log.info("{} run {} started, depth {}", name, snapshot.id(), properties.depth());
        try {
            List<T> documents = source.fetch(snapshot.id(), properties.depth());
            log.info(
                    "{} run {} fetched {} item(s) in {} ms",
                    name,
                    snapshot.id(),
                    documents.size(),
                    elapsed(start).toMillis());
            WriteStats stats = writer.write(store.documents(source.source(), source.documentType()), documents);
            Snapshot complete = store.complete(snapshot.id(), documents.size());
            notifier.publish(complete);
            purge();
            Duration elapsed = elapsed(start);
            log.info(
                    "{} run {} complete: {} docs in {} ms (write {} docs/s)",
                    name,
                    snapshot.id(),
                    documents.size(),
                    elapsed.toMillis(),
                    Math.round(stats.docsPerSecond()));
            return new RunOutcome(snapshot.id(), true, documents.size(), elapsed, null);
        } catch (RuntimeException e) {
            log.error(
                    "{} run {} failed after {} ms: {}",
                    name,
                    snapshot.id(),
                    elapsed(start).toMillis(),
                    e.getMessage());
            markFailed(snapshot, e);
            return new RunOutcome(snapshot.id(), false, 0, elapsed(start), e.getMessage());
        }
    }

    private void purge() {
        try {
            store.purge(
                    source.source(), properties.retention(), properties.retainedSnapshots(), properties.staleAfter());
        } catch (RuntimeException e) {
            // The new snapshot is already current; purging again after the next run is enough.
            log.warn("{} purge skipped: {}", source.source().id(), e.getMessage());
        }
    }

    private void markFailed(Snapshot snapshot, RuntimeException cause) {
        try {
            store.fail(snapshot.id(), String.valueOf(cause.getMessage()));
        } catch (RuntimeException e) {
            // It stays "writing" and is purged once stale; readers never see it either way.
            log.error(
                    "{} run {}: could not mark it failed ({})", source.source().id(), snapshot.id(), e.getMessage());
        }
    }

    private static Duration elapsed(long start) {
        return Duration.ofNanos(System.nanoTime() - start);
    }
}
