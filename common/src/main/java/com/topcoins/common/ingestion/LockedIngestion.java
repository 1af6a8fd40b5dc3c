package com.topcoins.common.ingestion;

import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A run of {@link IngestionJob} under a ShedLock lock named after the source, shared through MongoDB
 * by every instance of that source (replicas, a CronJob beside a scheduled service). The lock is held
 * at least {@code lock.at-least-for} (just under the interval), so of several instances whose
 * schedules fire within one interval only the first calls upstream; the others skip.
 */
public class LockedIngestion {

    private static final Logger log = LoggerFactory.getLogger(LockedIngestion.class);

    private final IngestionJob<?> job;
    private final LockingTaskExecutor executor;
    private final IngestionProperties properties;
    private final Clock clock;
    private final String lockName;

    public LockedIngestion(IngestionJob<?> job, LockingTaskExecutor executor, IngestionProperties properties,
                           Clock clock) {
        this.job = job;
        this.executor = executor;
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
        LockConfiguration lock = new LockConfiguration(clock.instant(), lockName, properties.lockAtMostFor(),
                properties.lockAtLeastFor());
        AtomicReference<RunOutcome> ran = new AtomicReference<>();
        try {
            LockingTaskExecutor.TaskResult<RunOutcome> result = executor.executeWithLock(() -> {
                ran.set(job.run());
                return ran.get();
            }, lock);
            if (!result.wasExecuted()) {
                log.info("{} run skipped: another instance holds the lock", job.source().id());
                return Optional.empty();
            }
            return Optional.of(result.getResult());
        } catch (Error e) {
            throw e;
        } catch (Throwable e) {
            if (ran.get() != null) {
                // The run is done; its lock expires by itself after lock.at-most-for.
                log.warn("{} lock not released: {}", job.source().id(), e.getMessage());
                return Optional.of(ran.get());
            }
            // Typically MongoDB unreachable: no snapshot could be recorded either, so this is a failed run.
            log.error("{} run not started: lock unavailable ({})", job.source().id(), e.getMessage());
            return Optional.of(new RunOutcome(null, false, 0, Duration.ofNanos(System.nanoTime() - start),
                    "lock unavailable: " + e.getMessage()));
        }
    }
}
