package com.topcoins.common.ingestion;

import com.topcoins.common.bulkwrite.ChunkedBulkWriter;
import com.topcoins.common.bulkwrite.WriteStats;
import com.topcoins.common.snapshot.Snapshot;
import com.topcoins.common.snapshot.SnapshotStore;
import com.topcoins.common.snapshot.Source;
import com.topcoins.common.upstream.UpstreamException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
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
    private final RunBudget budget;
    private final Clock clock;

    public IngestionJob(
            MarketSource<T> source,
            SnapshotStore store,
            ChunkedBulkWriter writer,
            SnapshotNotifier notifier,
            IngestionProperties properties,
            RunBudget budget,
            Clock clock) {
        this.source = source;
        this.store = store;
        this.writer = writer;
        this.notifier = notifier;
        this.properties = properties;
        this.budget = budget;
        this.clock = clock;
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
            Optional<String> deferral = budget.deferral();
            if (deferral.isPresent()) {
                log.info("{} run deferred: {}", name, deferral.get());
                return RunOutcome.deferred(elapsed(start), deferral.get());
            }
            // Every run, not once per start: a database restored or replaced without them gets them back.
            store.ensureIndexes();
            snapshot = store.begin(source.source());
        } catch (RuntimeException e) {
            log.error("{} run not started: cannot check its budget or record a snapshot ({})", name, e.getMessage());
            return new RunOutcome(null, false, 0, elapsed(start), e.getMessage());
        }
        log.info("{} run {} started, depth {}", name, snapshot.id(), properties.depth());
        notifier.connectAhead();
        try {
            Fetched<T> fetched = source.fetch(snapshot.id(), properties.depth());
            List<T> documents = fetched.documents();
            Duration dataAge = dataAge(fetched.dataAsOf());
            log.info(
                    "{} run {} fetched {} item(s) in {} ms, upstream data as of {} ({} s old)",
                    name,
                    snapshot.id(),
                    documents.size(),
                    elapsed(start).toMillis(),
                    fetched.dataAsOf(),
                    dataAge.toSeconds());
            WriteStats stats = writer.write(store.documents(source.source(), source.documentType()), documents);
            Snapshot complete = store.complete(snapshot.id(), documents.size(), fetched.dataAsOf());
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

    /** How old upstream says the data is; fails the run when it does not say, or it is too old to publish. */
    private Duration dataAge(Instant dataAsOf) {
        if (dataAsOf == null) {
            throw new UpstreamException(source.source().id() + " gave no time for its data", false);
        }
        Duration age = Duration.between(dataAsOf, clock.instant());
        if (age.compareTo(properties.maxDataAge()) > 0) {
            throw new UpstreamException(
                    "%s data is %s old (as of %s), more than topcoins.ingest.max-data-age %s: not published"
                            .formatted(source.source().id(), age.withNanos(0), dataAsOf, properties.maxDataAge()),
                    false);
        }
        return age;
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
