package com.topcoins.chaos.attack;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Greedy clients: connections with a tiny receive buffer that pipeline requests for a large answer as fast
 * as their send buffer takes them and never read a byte, so a server that writes answers with a blocking
 * worker thread ends up with every worker stuck writing into a full window.
 */
final class Greedy extends HeldConnections {

    private static final int REQUESTS_PER_BLOCK = 64;

    private final int requestLength;
    private final ByteBuffer block;
    private final AtomicLong requestsOfClosed = new AtomicLong();
    private final AtomicLong bytesOfClosed = new AtomicLong();

    Greedy(Target target, int connections, int receiveBuffer, Duration connectTimeout) {
        // Reopened as fast as they are closed: the server closing one is what this attack tests.
        super(target, connections, 1000, connectTimeout, receiveBuffer);
        byte[] request = Target.ascii("GET /?limit=500 HTTP/1.1\r\nHost: " + target.hostHeader() + "\r\n\r\n");
        this.requestLength = request.length;
        ByteBuffer buffer = ByteBuffer.allocate(request.length * REQUESTS_PER_BLOCK);
        for (int i = 0; i < REQUESTS_PER_BLOCK; i++) {
            buffer.put(request);
        }
        this.block = buffer.flip().asReadOnlyBuffer();
    }

    @Override
    public AttackKind kind() {
        return AttackKind.GREEDY;
    }

    @Override
    void onConnected(Conn conn) throws IOException {
        conn.key.interestOps(SelectionKey.OP_WRITE); // never OP_READ: the point is to read nothing
        conn.pending = block.duplicate();
        fill(conn);
    }

    @Override
    void onTick(Conn conn, long now) throws IOException {
        fill(conn);
    }

    /** Writes until the send buffer is full, starting the block over whenever it went out whole. */
    private void fill(Conn conn) throws IOException {
        for (int turn = 0; turn < 16; turn++) {
            if (conn.pending == null) {
                conn.pending = block.duplicate();
            }
            if (!flush(conn)) {
                return;
            }
        }
        conn.key.interestOps(SelectionKey.OP_WRITE);
    }

    @Override
    void onClosed(Conn conn) {
        requestsOfClosed.addAndGet(conn.bytes / requestLength);
        bytesOfClosed.addAndGet(conn.bytes);
    }

    @Override
    public AttackReport report() {
        List<Counter> counters = new ArrayList<>(connectionCounters());
        counters.add(new Counter("complete requests written (never read)", requestsOfClosed.get()));
        counters.add(new Counter("bytes written", bytesOfClosed.get()));
        return new AttackReport(counters, List.of(), requestsOfClosed.get(), 0);
    }

    @Override
    public String progress() {
        return "open %d (max %d), attempted %d, closed by server %d, about %d requests written"
                .formatted(
                        open.get(),
                        maxOpen.get(),
                        attempted.get(),
                        closedByServer.get(),
                        written.get() / requestLength);
    }
}
