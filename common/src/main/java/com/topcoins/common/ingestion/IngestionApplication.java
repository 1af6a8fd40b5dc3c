package com.topcoins.common.ingestion;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts an ingestion service. In mode {@code scheduled} it serves Actuator health on its port; in
 * mode {@code once} it starts no web server (so it can run beside a scheduled instance) and the JVM
 * exits with the run's exit code.
 */
public final class IngestionApplication {

    static final String MODE = "topcoins.ingest.mode";

    private IngestionApplication() {}

    public static void main(Class<?> application, String[] args) {
        ConfigurableApplicationContext context = start(application, args);
        if (isOnce(context.getEnvironment().getProperty(MODE))) {
            System.exit(SpringApplication.exit(context));
        }
    }

    public static ConfigurableApplicationContext start(Class<?> application, String... args) {
        SpringApplication app = new SpringApplication(application);
        app.addListeners((ApplicationListener<ApplicationEnvironmentPreparedEvent>) event -> {
            if (isOnce(event.getEnvironment().getProperty(MODE))) {
                app.setWebApplicationType(WebApplicationType.NONE);
            }
        });
        return app.run(args);
    }

    private static boolean isOnce(String mode) {
        return IngestionProperties.Mode.ONCE.name().equalsIgnoreCase(mode);
    }
}
