package com.topcoins.simulator;

import java.net.URI;
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
        int port = context().getEnvironment().getRequiredProperty("local.server.port", Integer.class);
        return URI.create("http://localhost:" + port + pathAndQuery);
    }

    public static <T> T bean(Class<T> type) {
        return context().getBean(type);
    }
}
