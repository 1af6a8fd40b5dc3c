package com.topcoins.common.ingestion;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/** Starts an ingestion service; in mode {@code once} the JVM exits with the run's exit code. */
public final class IngestionApplication {

    private IngestionApplication() {
    }

    public static void run(Class<?> application, String[] args) {
        ConfigurableApplicationContext context = SpringApplication.run(application, args);
        if (context.getBean(IngestionProperties.class).mode() == IngestionProperties.Mode.ONCE) {
            System.exit(SpringApplication.exit(context));
        }
    }
}
