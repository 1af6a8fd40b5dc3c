package com.topcoins.simulator;

import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Offline stand-in for CoinMarketCap's and CryptoCompare's market-data endpoints.
 *
 * <p>Other modules start it in-process from their tests through {@link #start(String...)}, so it reads
 * {@code simulator.yml}, never their {@code application.yml}.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class SimulatorApplication {

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
        // A default property: lowest precedence, so callers can still override it with arguments.
        application.setDefaultProperties(Map.of("spring.config.name", "simulator"));
        return application.run(args);
    }
}
