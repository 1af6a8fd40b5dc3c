package com.topcoins.common.ingestion;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param mode         {@code scheduled}: run every {@code interval}; {@code once}: run, then exit 0 or 1
 * @param depth        assets fetched per run
 * @param interval     delay between the end of a run and the start of the next
 * @param initialDelay delay before the first scheduled run
 * @param retention    how long complete snapshots stay queryable ({@code ?at=})
 * @param retainedSnapshots at most this many complete snapshots are kept (0: as many as {@code retention} holds),
 *                     bounding the database by size too: depth × this documents per source
 * @param staleAfter   age after which an unfinished or failed snapshot is deleted
 * @param maxDataAge   a run whose data upstream dates further back than this (a stalled or replaying upstream) is
 *                     marked failed instead of published, so the last good snapshot stays current
 * @param lock         the lock that lets one instance of a source run per interval
 */
@Validated
@ConfigurationProperties("topcoins.ingest")
public record IngestionProperties(
        @DefaultValue("scheduled") @NotNull Mode mode,
        @DefaultValue("500") @Min(1) @Max(5000) int depth,
        @DefaultValue("5m") @NotNull Duration interval,
        @DefaultValue("0s") @NotNull Duration initialDelay,
        @DefaultValue("24h") @NotNull Duration retention,
        @DefaultValue("0") @Min(0) int retainedSnapshots,
        @DefaultValue("1h") @NotNull Duration staleAfter,
        @DefaultValue("1h") @NotNull Duration maxDataAge,
        @DefaultValue @Valid Lock lock) {

    public enum Mode {
        SCHEDULED,
        ONCE
    }

    /**
     * ShedLock settings (collection {@code shedlock}, one lock per source).
     *
     * @param atMostFor  the lock expires after this even if its holder died mid-run (or could not
     *                   release it): a safe upper bound of one run. A 500-deep CryptoCompare run whose
     *                   every page uses its whole retry budget (4 × 30 s read timeout + 14 s backoff,
     *                   5 pages) takes about 11 min, so 15 min; longer only delays recovery after a crash
     * @param atLeastFor the lock is held at least this long after a run starts, so another replica
     *                   whose schedule fires within the same interval skips; unset: 90 % of {@code interval}
     */
    public record Lock(@DefaultValue("15m") @NotNull Duration atMostFor, Duration atLeastFor) {}

    /** {@code lock.at-least-for}, or just under the interval when unset. */
    public Duration lockAtLeastFor() {
        return lock.atLeastFor() != null
                ? lock.atLeastFor()
                : interval.multipliedBy(9).dividedBy(10);
    }

    /** {@code lock.at-most-for}, never below {@link #lockAtLeastFor()} (ShedLock requires it). */
    public Duration lockAtMostFor() {
        Duration atLeast = lockAtLeastFor();
        return lock.atMostFor().compareTo(atLeast) < 0 ? atLeast : lock.atMostFor();
    }
}
