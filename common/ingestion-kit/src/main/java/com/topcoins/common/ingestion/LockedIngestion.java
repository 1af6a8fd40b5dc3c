package com.topcoins.common.ingestion;

import com.topcoins.common.snapshot.Snapshot;
import com.topcoins.common.snapshot.SnapshotState;
import com.topcoins.common.snapshot.SnapshotStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A run of {@link IngestionJob} under a ShedLock lock named after the source, shared through MongoDB
 * by every instance of that source (replicas, a CronJob beside a scheduled service). After a
 * successful run the lock is held until {@code lock.at-least-for} (just under the interval) after its
 * start, so of several instances whose schedules fire within one interval only the first calls
 * upstream. After a failed run it is released at once: a retry (the next CronJob attempt, a manual
 * rerun, another replica) may run straight away.
 */
public class LockedIngestion {

    private static final Logger log = LoggerFactory.getLogger(LockedIngestion.class);

    private final IngestionJob<?> job;
    private final LockProvider locks;
    private final SnapshotStore store;
    private final IngestionProperties properties;
    private final Clock clock;
    private final String lockName;

    public LockedIngestion(
            IngestionJob<?> job, LockProvider locks, SnapshotStore store, IngestionProperties properties, Clock clock) {
        this.job = job;
        this.locks = locks;
        this.store = store;
        this.properties = properties;
        this.clock = clock;
        this.lockName = lockName(job.source().id());
    }

    /** The ShedLock lock of a source: its {@code _id} in the {@code shedlock} collection. */
    public static String lockName(String sourceId) {
        return "ingest-" + sourceId;
    }

    /**
     * Runs unless another instance holds the lock; never throws, so a scheduler keeps going.
     *
     * @return the run's outcome, or empty when skipped because another instance holds the lock
     */
    public Optional<RunOutcome> run() {
        long start = System.nanoTime();
        Optional<SimpleLock> lock;
        try {
            lock = locks.lock(new LockConfiguration(
                    clock.instant(), lockName, properties.lockAtMostFor(), properties.lockAtLeastFor()));
        } catch (RuntimeException e) {
            // Typically MongoDB unreachable: no snapshot could be recorded either, so this is a failed run.
            log.error("{} run not started: lock unavailable ({})", job.source().id(), e.getMessage());
            return Optional.of(new RunOutcome(
                    null,
                    false,
                    0,
                    Duration.ofNanos(System.nanoTime() - start),
                    "lock unavailable: " + e.getMessage()));
        }
        if (lock.isEmpty()) {
            log.info(
                    "{} run skipped: another instance holds the lock",
                    job.source().id());
            return Optional.empty();
        }
        RunOutcome outcome = job.run();
        release(lock.get(), outcome.success());
        return Optional.of(outcome);
    }

    /**
     * Whether the instance holding the lock is doing this interval's work: a run of the source is in
     * progress, or one succeeded within the interval. Not so when the holder died mid-run (its lock
     * lasts until {@code lock.at-most-for}): then skipping is a failure too.
     */
    public boolean coveredByAnotherInstance() {
        try {
            Instant now = clock.instant();
            boolean running = store.latestStarted(job.source())
                    .filter(snapshot -> snapshot.state() == SnapshotState.WRITING)
                    .filter(snapshot -> snapshot.startedAt().isAfter(now.minus(properties.lockAtMostFor())))
                    .isPresent();
            boolean recentSuccess = store.latestComplete(job.source())
                    .map(Snapshot::completedAt)
                    .filter(completed -> completed.isAfter(now.minus(properties.interval())))
                    .isPresent();
            if (!running && !recentSuccess) {
                log.error(
                        "{}: the lock is held, but no run is in progress and none succeeded within {}; "
                                + "it expires by itself after lock.at-most-for ({})",
                        job.source().id(),
                        properties.interval(),
                        properties.lockAtMostFor());
            }
            return running || recentSuccess;
        } catch (RuntimeException e) {
            log.error(
                    "{}: cannot tell whether the lock holder is working ({})",
                    job.source().id(),
                    e.getMessage());
            return false;
        }
    }

    private void release(SimpleLock lock, boolean succeeded) {
        try {
            if (succeeded) {
                lock.unlock();
            } else {
                // unlock() would keep the lock until lock.at-least-for; a lock that ends now frees it instead.
                lock.extend(Duration.ZERO, Duration.ZERO);
            }
        } catch (RuntimeException e) {
            // The run is done; its lock expires by itself after lock.at-most-for.
            log.warn("{} lock not released: {}", job.source().id(), e.getMessage());
        }
    }
}
