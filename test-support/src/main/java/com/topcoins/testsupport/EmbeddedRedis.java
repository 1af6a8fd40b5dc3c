package com.topcoins.testsupport;

import redis.embedded.RedisServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

/**
 * One real redis-server (the binary shipped in embedded-redis) per test JVM, without persistence.
 */
public final class EmbeddedRedis {

    private static RedisServer server;
    private static int port;

    private EmbeddedRedis() {
    }

    public static synchronized int port() {
        if (port == 0) {
            port = freePort();
            start();
            Runtime.getRuntime().addShutdownHook(new Thread(EmbeddedRedis::stop, "embedded-redis-stop"));
        }
        return port;
    }

    /** Starts (or restarts after {@link #stop()}) the server on its port. */
    public static synchronized void start() {
        if (server != null) {
            return;
        }
        try {
            server = RedisServer.newRedisServer()
                    .port(port)
                    .bind("127.0.0.1")
                    .setting("save \"\"")
                    .setting("appendonly no")
                    .build();
            server.start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start redis-server on port " + port, e);
        }
    }

    public static synchronized void stop() {
        if (server == null) {
            return;
        }
        try {
            server.stop();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            server = null;
        }
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
