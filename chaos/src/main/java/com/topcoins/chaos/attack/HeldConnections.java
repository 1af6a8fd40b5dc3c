package com.topcoins.chaos.attack;

import java.io.IOException;
import java.net.ConnectException;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Holds a number of attack connections open from one thread with non-blocking sockets, so thousands of them
 * cost the attacker no threads, and reopens each one the server closes: the attack keeps trying to hold
 * its full count for the whole window. Subclasses decide what each connection sends.
 */
abstract class HeldConnections implements Attack {

    /** One attack connection; touched only by the attack's thread. */
    static final class Conn {
        final SocketChannel channel;
        final long since;
        SelectionKey key;
        boolean connected;
        boolean closed;
        ByteBuffer pending;
        long bytes;
        long nextTick;

        Conn(SocketChannel channel, long since) {
            this.channel = channel;
            this.since = since;
        }
    }

    final Target target;
    private final int wanted;
    private final double opensPerSecond;
    private final Duration connectTimeout;
    private final Integer receiveBuffer;

    final AtomicLong attempted = new AtomicLong();
    final AtomicLong connectedTotal = new AtomicLong();
    final AtomicLong closedByServer = new AtomicLong();
    final AtomicLong refused = new AtomicLong();
    final AtomicLong failed = new AtomicLong();
    final AtomicLong open = new AtomicLong();
    final AtomicLong maxOpen = new AtomicLong();
    final AtomicLong openAtStop = new AtomicLong();
    final AtomicLong written = new AtomicLong();
    private final List<String> failureKinds = new ArrayList<>();

    private volatile boolean running;
    private volatile Selector selector;
    private Thread thread;

    HeldConnections(Target target, int wanted, double opensPerSecond, Duration connectTimeout, Integer receiveBuffer) {
        this.target = target;
        this.wanted = wanted;
        this.opensPerSecond = opensPerSecond;
        this.connectTimeout = connectTimeout;
        this.receiveBuffer = receiveBuffer;
    }

    /** The connection is up: send what it sends first and set its interest. */
    abstract void onConnected(Conn conn) throws IOException;

    /** Called on every turn of the loop for each connected connection. */
    abstract void onTick(Conn conn, long now) throws IOException;

    /** Called once for each connected connection when it is closed, by the server or at the end. */
    void onClosed(Conn conn) {}

    @Override
    public void start() {
        running = true;
        thread = new Thread(this::loop, "chaos-" + kind().slug());
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void stop() {
        running = false;
        Selector s = selector;
        if (s != null) {
            s.wakeup();
        }
        try {
            thread.join(15_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void loop() {
        List<Conn> conns = new ArrayList<>();
        try (Selector sel = Selector.open()) {
            selector = sel;
            Pacer pacer = new Pacer(opensPerSecond, Math.max(1, opensPerSecond / 20), System.nanoTime());
            while (running) {
                long now = System.nanoTime();
                while (conns.size() < wanted && pacer.take(now)) {
                    Conn conn = open(sel, now);
                    if (conn != null) {
                        conns.add(conn);
                    }
                }
                sel.select(10);
                for (SelectionKey key : sel.selectedKeys()) {
                    Conn conn = (Conn) key.attachment();
                    if (key.isValid()) {
                        handle(key, conn);
                    }
                }
                sel.selectedKeys().clear();
                now = System.nanoTime();
                for (Conn conn : conns) {
                    if (conn.closed) {
                        continue;
                    }
                    if (!conn.connected) {
                        if (now - conn.since > connectTimeout.toNanos()) {
                            fail(conn, "connect timeout");
                        }
                    } else {
                        try {
                            onTick(conn, now);
                        } catch (IOException e) {
                            serverClosed(conn);
                        }
                    }
                }
                conns.removeIf(c -> c.closed);
            }
        } catch (IOException | RuntimeException e) {
            System.out.println("[chaos] " + kind().title + ": attack loop failed: " + e);
        } finally {
            openAtStop.set(open.get());
            for (Conn conn : conns) {
                closeQuietly(conn);
            }
            open.set(0);
        }
    }

    private Conn open(Selector sel, long now) {
        attempted.incrementAndGet();
        SocketChannel channel;
        try {
            channel = target.openChannel(receiveBuffer);
        } catch (IOException e) {
            countFailure(e);
            return null;
        }
        Conn conn = new Conn(channel, now);
        try {
            conn.key = channel.register(sel, SelectionKey.OP_CONNECT, conn);
            if (channel.isConnectionPending() && channel.finishConnect()) {
                connected(conn);
            }
        } catch (IOException e) {
            countFailure(e);
            conn.closed = true;
            closeChannel(channel);
        }
        return conn;
    }

    private void handle(SelectionKey key, Conn conn) {
        try {
            if (key.isConnectable()) {
                if (conn.channel.finishConnect()) {
                    connected(conn);
                }
                return;
            }
        } catch (IOException e) {
            countFailure(e);
            conn.closed = true;
            closeChannel(conn.channel);
            return;
        }
        try {
            if (key.isReadable()) {
                ByteBuffer scratch = ByteBuffer.allocate(4096);
                int n;
                while ((n = conn.channel.read(scratch)) > 0) {
                    scratch.clear(); // whatever the server answers (a 400, a 408) is dropped
                }
                if (n < 0) {
                    serverClosed(conn);
                    return;
                }
            }
            if (key.isValid() && key.isWritable()) {
                flush(conn);
            }
        } catch (IOException e) {
            serverClosed(conn);
        }
    }

    private void connected(Conn conn) throws IOException {
        conn.connected = true;
        connectedTotal.incrementAndGet();
        long now = open.incrementAndGet();
        maxOpen.accumulateAndGet(now, Math::max);
        onConnected(conn);
    }

    /** Writes what is pending; true when all of it went out. */
    boolean flush(Conn conn) throws IOException {
        if (conn.pending != null) {
            int n = conn.channel.write(conn.pending);
            conn.bytes += n;
            written.addAndGet(n);
            if (conn.pending.hasRemaining()) {
                conn.key.interestOps(conn.key.interestOps() | SelectionKey.OP_WRITE);
                return false;
            }
            conn.pending = null;
        }
        return true;
    }

    private void serverClosed(Conn conn) {
        if (conn.closed) {
            return;
        }
        closedByServer.incrementAndGet();
        open.decrementAndGet();
        closeQuietly(conn);
    }

    private void fail(Conn conn, String kind) {
        failed.incrementAndGet();
        synchronized (failureKinds) {
            if (!failureKinds.contains(kind)) {
                failureKinds.add(kind);
            }
        }
        conn.closed = true;
        closeChannel(conn.channel);
    }

    private void countFailure(IOException e) {
        if (e instanceof ConnectException
                && String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT).contains("refused")) {
            refused.incrementAndGet();
            return;
        }
        failed.incrementAndGet();
        synchronized (failureKinds) {
            String kind = e.getClass().getSimpleName() + ": " + e.getMessage();
            if (failureKinds.size() < 5 && !failureKinds.contains(kind)) {
                failureKinds.add(kind);
            }
        }
    }

    private void closeQuietly(Conn conn) {
        if (!conn.closed) {
            conn.closed = true;
            if (conn.connected) {
                onClosed(conn);
            }
        }
        closeChannel(conn.channel);
    }

    private static void closeChannel(SocketChannel channel) {
        try {
            channel.close();
        } catch (IOException ignored) {
            // closing is best effort: the attack is over for this socket either way
        }
    }

    String failureKinds() {
        synchronized (failureKinds) {
            return failureKinds.isEmpty() ? "none" : String.join("; ", failureKinds);
        }
    }

    List<Counter> connectionCounters() {
        return List.of(
                new Counter("connections wanted open", wanted),
                new Counter("connections attempted", attempted.get()),
                new Counter("connected", connectedTotal.get()),
                new Counter("max open at once", maxOpen.get()),
                new Counter("open when the attack stopped", openAtStop.get()),
                new Counter("closed or reset by the server", closedByServer.get()),
                new Counter("connects refused", refused.get()),
                new Counter("connects failed otherwise (timeout, bind)", failed.get()),
                new Counter("kinds of failed connects", failureKinds()));
    }
}
