package com.topcoins.common.ingestion;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

import java.time.Instant;

/**
 * Mode {@code scheduled}: a run, then another {@code interval} after it ends, for as long as the
 * process lives; each run takes the source's lock first, so replicas do not call upstream twice per interval.
 */
public class ScheduledIngestion implements ApplicationRunner, DisposableBean {

    private final LockedIngestion ingestion;
    private final IngestionProperties properties;
    private final ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();

    public ScheduledIngestion(LockedIngestion ingestion, IngestionProperties properties) {
        this.ingestion = ingestion;
        this.properties = properties;
        scheduler.setThreadNamePrefix("ingestion-");
        scheduler.setPoolSize(1);
        scheduler.initialize();
    }

    @Override
    public void run(ApplicationArguments args) {
        scheduler.scheduleWithFixedDelay(ingestion::run, Instant.now().plus(properties.initialDelay()),
                properties.interval());
    }

    @Override
    public void destroy() {
        scheduler.shutdown();
    }
}
