package com.topcoins.localinfra;

import java.io.IOException;
import java.io.UncheckedIOException;
import redis.embedded.RedisServer;

/**
 * The real redis-server binary shipped inside embedded-redis, run as a child process of this JVM. Used
 * only when no redis-server is installed; it is a cache, so persistence is off ({@code save ""}) and its
 * memory is bounded, least recently used keys evicted first, as in compose.
 */
public final class EmbeddedRedisServer implements LocalServer {

    private final String host;
    private final int port;
    private final String maxMemory;
    private RedisServer server;

    public EmbeddedRedisServer(String host, int port, String maxMemory) {
        if (port == 0) {
            throw new IllegalArgumentException("redis needs an explicit port");
        }
        this.host = host;
        this.port = port;
        this.maxMemory = maxMemory;
    }

    @Override
    public synchronized void start() {
        if (server != null) {
            return;
        }
        try {
            server = RedisServer.newRedisServer()
                    .port(port)
                    .bind(host)
                    .setting("save \"\"")
                    .setting("appendonly no")
                    .setting("maxmemory " + maxMemory)
                    .setting("maxmemory-policy allkeys-lru")
                    .build();
            server.start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start redis-server on " + host + ":" + port, e);
        }
    }

    @Override
    public synchronized void stop() {
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

    @Override
    public int port() {
        return port;
    }

    @Override
    public String description() {
        return "Redis (embedded redis-server binary)";
    }
}
