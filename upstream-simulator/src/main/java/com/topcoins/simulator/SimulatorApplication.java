package com.topcoins.simulator;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Offline stand-in for CoinMarketCap's and CryptoCompare's market-data endpoints.
 *
 * <p>Other modules start it in-process from their tests through {@link #start(String...)}, so it must not
 * pick up their {@code application.yml} nor their MongoDB/Redis auto-configuration.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class SimulatorApplication {

    /** Present on the other modules' test classpaths (not on ours); the simulator needs none of them. */
    static final List<String> EXCLUDED_AUTO_CONFIGURATIONS = List.of(
            "org.springframework.boot.mongodb.autoconfigure.MongoAutoConfiguration",
            "org.springframework.boot.mongodb.autoconfigure.MongoReactiveAutoConfiguration",
            "org.springframework.boot.mongodb.autoconfigure.health.MongoHealthContributorAutoConfiguration",
            "org.springframework.boot.mongodb.autoconfigure.metrics.MongoMetricsAutoConfiguration",
            "org.springframework.boot.data.redis.autoconfigure.DataRedisAutoConfiguration",
            "org.springframework.boot.data.redis.autoconfigure.DataRedisReactiveAutoConfiguration",
            "org.springframework.boot.data.redis.autoconfigure.DataRedisRepositoriesAutoConfiguration",
            "org.springframework.boot.data.redis.autoconfigure.health.DataRedisHealthContributorAutoConfiguration");

    public static void main(String[] args) {
        start(args);
    }

    /**
     * Starts the simulator. Arguments are ordinary Spring Boot command-line arguments, e.g.
     * {@code --server.port=0 --simulator.tick-interval=0}.
     */
    public static ConfigurableApplicationContext start(String... args) {
        SpringApplication application = new SpringApplication(SimulatorApplication.class);
        application.setWebApplicationType(WebApplicationType.SERVLET);
        application.setMainApplicationClass(SimulatorApplication.class); // not the host's test runner
        // Default properties: lowest precedence, so callers can still override them with arguments.
        Map<String, Object> defaults = new LinkedHashMap<>();
        defaults.put("spring.config.name", "simulator");
        defaults.put("spring.autoconfigure.exclude", String.join(",", EXCLUDED_AUTO_CONFIGURATIONS));
        application.setDefaultProperties(defaults);
        return application.run(args);
    }
}
