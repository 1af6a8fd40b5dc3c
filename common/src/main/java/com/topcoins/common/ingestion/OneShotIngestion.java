package com.topcoins.common.ingestion;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;

/** Mode {@code once}: one run at start-up; the exit code tells cron or a CronJob how it went. */
public class OneShotIngestion implements ApplicationRunner, ExitCodeGenerator {

    public static final int FAILED = 1;

    private final IngestionJob<?> job;
    private volatile int exitCode = FAILED;

    public OneShotIngestion(IngestionJob<?> job) {
        this.job = job;
    }

    @Override
    public void run(ApplicationArguments args) {
        exitCode = job.run().success() ? 0 : FAILED;
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
