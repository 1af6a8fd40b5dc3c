package com.topcoins.localinfra;

import de.bwaldvogel.mongo.MongoServer;

/**
 * mongo-java-server with its in-memory backend (plus {@code hello}): speaks the MongoDB wire protocol (reported version 5.0),
 * which is what the services' driver needs. Data lives in this JVM's heap and is gone when it stops.
 */
final class MongoWireServer implements LocalServer {

    private final String host;
    private final int requestedPort;
    private MongoServer server;
    private int port;

    MongoWireServer(String host, int port) {
        this.host = host;
        this.requestedPort = port;
    }

    @Override
    public synchronized void start() {
        server = new MongoServer(new HelloAwareMemoryBackend());
        server.bind(host, requestedPort);
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

    @Override
    public String description() {
        return "MongoDB wire-protocol server (mongo-java-server, in memory)";
    }
}
