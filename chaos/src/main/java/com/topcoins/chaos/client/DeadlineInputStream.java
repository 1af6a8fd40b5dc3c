package com.topcoins.chaos.client;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;

/**
 * A socket's input with one deadline for the whole answer, not per read: a server that trickles one byte
 * every few seconds must still count as "no complete answer in time".
 */
public final class DeadlineInputStream extends FilterInputStream {

    private final Socket socket;
    private volatile long deadlineNanos;

    public DeadlineInputStream(Socket socket, InputStream in, long deadlineNanos) {
        super(in);
        this.socket = socket;
        this.deadlineNanos = deadlineNanos;
    }

    /** Moves the deadline, e.g. to give a drain after the answer less time than the answer had. */
    public void deadline(long nanos) {
        this.deadlineNanos = nanos;
    }

    private void arm() throws IOException {
        long leftMillis = (deadlineNanos - System.nanoTime()) / 1_000_000;
        if (leftMillis <= 0) {
            throw new SocketTimeoutException("no complete answer before the deadline");
        }
        socket.setSoTimeout((int) Math.min(Integer.MAX_VALUE, leftMillis));
    }

    @Override
    public int read() throws IOException {
        arm();
        return super.read();
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        arm();
        return super.read(b, off, len);
    }
}
