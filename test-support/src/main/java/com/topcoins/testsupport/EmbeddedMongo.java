package com.topcoins.testsupport;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

import java.net.InetSocketAddress;

/**
 * One MongoDB wire-protocol server (mongo-java-server, in memory) per test JVM, so every test class
 * and every cached Spring context talks to the same server over the real protocol.
 */
public final class EmbeddedMongo {

    public static final String DATABASE = "topcoins";

    private static MongoServer server;
    private static MemoryBackend backend;
    private static int port;

    private EmbeddedMongo() {
    }

    /** Connection string of the shared server, started on first use. */
    public static synchronized String uri() {
        if (server == null) {
            backend = new MemoryBackend();
            server = new MongoServer(backend);
            InetSocketAddress address = server.bind();
            port = address.getPort();
            Runtime.getRuntime().addShutdownHook(new Thread(EmbeddedMongo::stop, "embedded-mongo-stop"));
        }
        return "mongodb://127.0.0.1:" + port + "/" + DATABASE;
    }

    /** Stops accepting connections, keeping the data, to simulate an outage. */
    public static synchronized void stop() {
        if (server != null) {
            server.shutdownNow();
            server = null;
        }
    }

    /** Starts again on the same port with the data it had. */
    public static synchronized void restart() {
        if (server == null && backend != null) {
            server = new MongoServer(backend);
            server.bind("127.0.0.1", port);
        }
    }
}
