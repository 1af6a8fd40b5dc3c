package com.topcoins.common.ingestion;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;

/**
 * Mode {@code once}: one run at start-up, under the same lock as the scheduled mode; the exit code
 * tells cron or a CronJob how it went: 0 for a successful run, 1 for a failed one.
 *
 * <p>When another instance holds the lock the run is skipped. That exits 0 only when the holder is
 * doing this interval's work (a run in progress, or a success within the interval): nothing failed,
 * and a non-zero code would make a CronJob retry only to skip again. Otherwise (the holder died
 * mid-run) it exits 1. A failed run releases its lock, so a retry after a failure really runs.
 * The log line "run skipped: another instance holds the lock" tells a skip from a run.
 */
public class OneShotIngestion implements ApplicationRunner, ExitCodeGenerator {

    public static final int FAILED = 1;

    private final LockedIngestion ingestion;
    private volatile int exitCode = FAILED;

    public OneShotIngestion(LockedIngestion ingestion) {
        this.ingestion = ingestion;
    }

    @Override
    public void run(ApplicationArguments args) {
        exitCode = ingestion
                .run()
                .map(outcome -> outcome.success() ? 0 : FAILED)
                .orElseGet(() -> ingestion.coveredByAnotherInstance() ? 0 : FAILED);
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
