package com.topcoins.simulator;

import java.net.URI;
import java.util.stream.Stream;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The one simulator every test class talks to, started through the same entry point the other modules use
 * and kept for the whole test JVM. The market never ticks on its own here, so pages are stable.
 */
public final class SimulatorServer {

    private static ConfigurableApplicationContext context;

    private SimulatorServer() {}

    public static synchronized ConfigurableApplicationContext context() {
        if (context == null) {
            context = SimulatorApplication.start("--server.port=0", "--simulator.tick-interval=0");
        }
        return context;
    }

    public static URI uri(String pathAndQuery) {
        return uri(context(), pathAndQuery);
    }

    /** Another simulator with other settings (e.g. {@code --simulator.assets=500}), for its caller to close. */
    public static ConfigurableApplicationContext startAnother(String... settings) {
        String[] args = Stream.concat(Stream.of("--server.port=0", "--simulator.tick-interval=0"), Stream.of(settings))
                .toArray(String[]::new);
        return SimulatorApplication.start(args);
    }

    public static URI uri(ConfigurableApplicationContext simulator, String pathAndQuery) {
        int port = simulator.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
        return URI.create("http://localhost:" + port + pathAndQuery);
    }

    public static <T> T bean(Class<T> type) {
        return context().getBean(type);
    }
}
