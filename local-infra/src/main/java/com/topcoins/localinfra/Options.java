package com.topcoins.localinfra;

import java.util.Locale;

/**
 * Command line of {@link LocalInfra}.
 *
 * @param service what to run
 * @param host    address to bind: loopback by default, so nothing is reachable from the network
 * @param port    port to bind; 0 lets the system choose
 * @param maxMemory Redis only: its memory bound ({@code maxmemory}, e.g. {@code 64mb})
 */
record Options(Service service, String host, int port, String maxMemory) {

    static final String USAGE =
            "usage: java -jar local-infra.jar mongo|redis [--port=N] [--host=127.0.0.1] [--maxmemory=64mb]";
    static final String DEFAULT_MAX_MEMORY = "64mb";

    enum Service {
        MONGO(27017),
        REDIS(6379);

        final int defaultPort;

        Service(int defaultPort) {
            this.defaultPort = defaultPort;
        }
    }

    static Options parse(String... args) {
        if (args.length == 0) {
            throw new IllegalArgumentException("missing service");
        }
        Service service;
        try {
            service = Service.valueOf(args[0].toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown service: " + args[0]);
        }
        String host = "127.0.0.1";
        int port = service.defaultPort;
        String maxMemory = DEFAULT_MAX_MEMORY;
        for (int i = 1; i < args.length; i++) {
            String arg = args[i];
            if (arg.startsWith("--port=")) {
                port = parsePort(arg.substring("--port=".length()));
            } else if (arg.startsWith("--host=")) {
                host = arg.substring("--host=".length());
            } else if (arg.startsWith("--maxmemory=") && service == Service.REDIS) {
                maxMemory = arg.substring("--maxmemory=".length());
            } else {
                throw new IllegalArgumentException("unknown option: " + arg);
            }
        }
        return new Options(service, host, port, maxMemory);
    }

    private static int parsePort(String value) {
        try {
            int port = Integer.parseInt(value);
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("port out of range: " + value);
            }
            return port;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a port: " + value);
        }
    }
}
