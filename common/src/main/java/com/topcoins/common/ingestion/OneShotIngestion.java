package com.topcoins.common.ingestion;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;

/**
 * Mode {@code once}: one run at start-up, under the same lock as the scheduled mode; the exit code
 * tells cron or a CronJob how it went.
 *
 * <p>When another instance holds the lock the run is skipped and the exit code is 0, like a success:
 * that instance is doing this interval's work, so nothing failed, and a non-zero code would make a
 * CronJob retry (only to skip again) and alert on a healthy system. The log line
 * "run skipped: another instance holds the lock" tells the two apart.
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
        exitCode = ingestion.run().map(outcome -> outcome.success() ? 0 : FAILED).orElse(0);
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
