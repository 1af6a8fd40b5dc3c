package com.topcoins.common.ingestion;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts an ingestion service. Mode {@code scheduled} serves Actuator health on its port; mode
 * {@code once} activates the {@code once} profile (ingestion-defaults.yml), which starts no web server,
 * so it can run beside a scheduled instance, and the JVM exits with the run's exit code.
 */
public final class IngestionApplication {

    private IngestionApplication() {}

    public static void main(Class<?> application, String[] args) {
        ConfigurableApplicationContext context = start(application, args);
        if (context.getBeanProvider(OneShotIngestion.class).getIfAvailable() != null) {
            System.exit(SpringApplication.exit(context));
        }
    }

    public static ConfigurableApplicationContext start(Class<?> application, String... args) {
        SpringApplication spring = new SpringApplication(application);
        // Spring would take this class, the first main on the stack, for the application: the start-up log, and
        // Spring AOT's initializer (named after the class processed), must name the service's own.
        spring.setMainApplicationClass(application);
        return spring.run(args);
    }
}
