package com.topcoins.testsupport;

import com.topcoins.localinfra.EmbeddedRedisServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

/** One real redis-server (the binary shipped in embedded-redis) per test JVM, without persistence. */
public final class EmbeddedRedis {

    private static EmbeddedRedisServer server;

    private EmbeddedRedis() {}

    public static synchronized int port() {
        if (server == null) {
            server = new EmbeddedRedisServer("127.0.0.1", freePort(), "64mb");
            server.start();
            Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "embedded-redis-stop"));
        }
        return server.port();
    }

    /** Starts the server again after {@link #stop()}. */
    public static synchronized void start() {
        port();
        server.start();
    }

    /** Stops the server, to simulate an outage. */
    public static synchronized void stop() {
        port();
        server.stop();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
