package com.topcoins.localinfra;

import java.util.concurrent.CountDownLatch;

/**
 * Entry point of the local mode's infrastructure process: {@code java -jar local-infra.jar mongo|redis
 * [--port=N] [--host=H]}. One service per process, so run-local.sh can watch, log and stop each on its own.
 */
public final class LocalInfra {

    private LocalInfra() {}

    public static void main(String[] args) throws Exception {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(Options.USAGE);
            System.exit(2);
            return;
        }
        LocalServer server = switch (options.service()) {
            case MONGO -> new MongoWireServer(options.host(), options.port());
            case REDIS -> new EmbeddedRedisServer(options.host(), options.port(), options.maxMemory());
        };
        server.start();
        // SIGINT/SIGTERM run the shutdown hooks: stop the server (and redis-server, a child process) first.
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            server.stop();
                            stopped.countDown();
                        },
                        "local-infra-stop"));
        System.out.println(server.description() + " listening on " + options.host() + ":" + server.port());
        stopped.await();
    }
}
