package com.topcoins.common.ingestion;

import java.time.Instant;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.scheduling.TaskScheduler;

/**
 * Mode {@code scheduled}: a run, then another {@code interval} after it ends, for as long as the
 * process lives; each run takes the source's lock first, so replicas do not call upstream twice per interval.
 * Runs on Boot's task scheduler (one thread, {@code spring.task.scheduling.*}), stopped with the context.
 */
public class ScheduledIngestion implements ApplicationRunner {

    private final LockedIngestion ingestion;
    private final IngestionProperties properties;
    private final TaskScheduler scheduler;

    public ScheduledIngestion(LockedIngestion ingestion, IngestionProperties properties, TaskScheduler scheduler) {
        this.ingestion = ingestion;
        this.properties = properties;
        this.scheduler = scheduler;
    }

    @Override
    public void run(ApplicationArguments args) {
        scheduler.scheduleWithFixedDelay(
                ingestion::run, Instant.now().plus(properties.initialDelay()), properties.interval());
    }
}
