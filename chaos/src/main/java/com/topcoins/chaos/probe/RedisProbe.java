package com.topcoins.chaos.probe;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.OptionalLong;

/**
 * Redis's memory and key count, read over a plain socket (local mode has no password). Every call opens its
 * own short connection, so a probe never depends on the state a previous one left behind.
 */
public final class RedisProbe {

    private static final int TIMEOUT_MILLIS = 1000;

    private final InetSocketAddress address;

    public RedisProbe(InetSocketAddress address) {
        this.address = address;
    }

    /** used_memory from INFO memory, in bytes; empty when Redis does not answer. */
    public OptionalLong usedMemory() {
        Object reply = call("INFO", "memory");
        if (reply instanceof String info) {
            String value = Resp.infoField(info, "used_memory");
            if (value != null) {
                return OptionalLong.of(Long.parseLong(value));
            }
        }
        return OptionalLong.empty();
    }

    public OptionalLong dbSize() {
        Object reply = call("DBSIZE");
        return reply instanceof Long n ? OptionalLong.of(n) : OptionalLong.empty();
    }

    private Object call(String... command) {
        try (Socket socket = new Socket()) {
            socket.connect(address, TIMEOUT_MILLIS);
            socket.setSoTimeout(TIMEOUT_MILLIS);
            socket.getOutputStream().write(Resp.command(command));
            InputStream in = new BufferedInputStream(socket.getInputStream());
            return Resp.read(in);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
