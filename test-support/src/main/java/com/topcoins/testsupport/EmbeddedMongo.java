package com.topcoins.testsupport;

import com.topcoins.localinfra.MongoWireServer;

/**
 * One MongoDB wire-protocol server (the local mode's in-memory one) per test JVM, so every test
 * class and every cached Spring context talks to the same server over the real protocol.
 */
public final class EmbeddedMongo {

    public static final String DATABASE = "topcoins";

    private static MongoWireServer server;

    private EmbeddedMongo() {}

    /** Connection string of the shared server, started on first use. */
    public static synchronized String uri() {
        if (server == null) {
            server = new MongoWireServer("127.0.0.1", 0);
            server.start();
            Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "embedded-mongo-stop"));
        }
        return "mongodb://127.0.0.1:" + server.port() + "/" + DATABASE;
    }

    /** Port of the shared server, started on first use. */
    public static synchronized int port() {
        uri();
        return server.port();
    }

    /** Stops accepting connections, keeping the data, to simulate an outage. */
    public static synchronized void stop() {
        uri();
        server.stop();
    }

    /** Starts again on the same port with the data it had. */
    public static synchronized void restart() {
        uri();
        server.start();
    }
}
