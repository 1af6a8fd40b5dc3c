package com.topcoins.common.ingestion;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

import java.time.Instant;

/** Mode {@code scheduled}: a run, then another {@code interval} after it ends, for as long as the process lives. */
public class ScheduledIngestion implements ApplicationRunner, DisposableBean {

    private final IngestionJob<?> job;
    private final IngestionProperties properties;
    private final ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();

    public ScheduledIngestion(IngestionJob<?> job, IngestionProperties properties) {
        this.job = job;
        this.properties = properties;
        scheduler.setThreadNamePrefix("ingestion-");
        scheduler.setPoolSize(1);
        scheduler.initialize();
    }

    @Override
    public void run(ApplicationArguments args) {
        scheduler.scheduleWithFixedDelay(job::run, Instant.now().plus(properties.initialDelay()),
                properties.interval());
    }

    @Override
    public void destroy() {
        scheduler.shutdown();
    }
}
