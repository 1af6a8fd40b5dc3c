package com.topcoins.localinfra;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

/**
 * mongo-java-server with its in-memory backend: speaks the MongoDB wire protocol (reported version
 * 5.0), which is what the services' driver needs. Data lives in this JVM's heap: it survives a
 * {@link #stop()} and {@link #start()} (an outage, in tests) but not the process.
 */
public final class MongoWireServer implements LocalServer {

    private final String host;
    private final MemoryBackend backend = new DataKeepingMemoryBackend();
    private MongoServer server;
    private int port;

    public MongoWireServer(String host, int port) {
        this.host = host;
        this.port = port;
    }

    /** Binds the requested port, or after a stop the port it had. */
    @Override
    public synchronized void start() {
        if (server != null) {
            return;
        }
        server = new MongoServer(backend);
        server.bind(host, port);
        port = server.getLocalAddress().getPort();
    }

    @Override
    public synchronized void stop() {
        if (server != null) {
            server.shutdownNow();
            server = null;
        }
    }

    @Override
    public int port() {
        return port;
    }

    /**
     * The server closes its backend on shutdown, and a closed MemoryBackend drops every database; the
     * data lives as long as this object instead, so a stop and start is an outage, not a wipe.
     */
    private static final class DataKeepingMemoryBackend extends MemoryBackend {
        @Override
        public void close() {}
    }

    @Override
    public String description() {
        return "MongoDB wire-protocol server (mongo-java-server, in memory)";
    }
}
