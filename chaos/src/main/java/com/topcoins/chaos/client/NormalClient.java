package com.topcoins.chaos.client;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The well-behaved user whose experience the suite measures: a fixed rate of requests from its own source
 * address, each on a fresh connection, so a server that only serves connections it already holds does not
 * look healthy. The schedule is fixed and requests run on a pool, so a slow answer never postpones the next
 * request (which would hide the slowness it is there to measure).
 */
public final class NormalClient {

    private final InetSocketAddress target;
    private final InetAddress source;
    private final Duration timeout;
    private final long periodNanos;
    private final byte[] request;
    private final ScheduledExecutorService scheduler;
    private final ThreadPoolExecutor pool;
    private final ConcurrentLinkedQueue<Sample> samples = new ConcurrentLinkedQueue<>();

    public NormalClient(
            InetSocketAddress target,
            InetAddress source,
            String path,
            int ratePerSecond,
            Duration timeout,
            int poolMax) {
        this.target = target;
        this.source = source;
        this.timeout = timeout;
        this.periodNanos = 1_000_000_000L / ratePerSecond;
        this.request = ("GET " + path + " HTTP/1.1\r\nHost: "
                        + target.getAddress().getHostAddress() + ":" + target.getPort()
                        + "\r\nConnection: close\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII);
        this.scheduler = Executors.newSingleThreadScheduledExecutor(daemon("chaos-normal-schedule"));
        // A direct hand-off: the pool grows only while answers are slow; a full pool is recorded as an error
        // of the client itself, never as a queued request whose wait would be missing from its latency.
        this.pool = new ThreadPoolExecutor(
                Math.min(4, poolMax), poolMax, 30, TimeUnit.SECONDS, new SynchronousQueue<>(), daemon("chaos-normal"));
    }

    public void start() {
        scheduler.scheduleAtFixedRate(this::fire, 0, periodNanos, TimeUnit.NANOSECONDS);
    }

    private void fire() {
        long scheduled = System.nanoTime();
        try {
            pool.execute(() -> samples.add(exchange(scheduled)));
        } catch (RejectedExecutionException e) {
            samples.add(new Sample(scheduled, scheduled, scheduled, Outcome.OVERLOADED, 0));
        }
    }

    /** One request on the caller's thread, outside the schedule (the readiness check between phases). */
    public Sample once() {
        return exchange(System.nanoTime());
    }

    private Sample exchange(long scheduled) {
        long start = System.nanoTime();
        long deadline = start + timeout.toNanos();
        boolean connected = false;
        try (Socket socket = new Socket()) {
            socket.setReuseAddress(true);
            socket.setTcpNoDelay(true);
            socket.bind(new InetSocketAddress(source, 0));
            socket.connect(target, (int) timeout.toMillis());
            connected = true;
            OutputStream out = socket.getOutputStream();
            out.write(request);
            out.flush();
            HttpResponse response = HttpReader.read(
                    new BufferedInputStream(new DeadlineInputStream(socket, socket.getInputStream(), deadline), 16384),
                    0);
            long end = System.nanoTime();
            if (end > deadline) {
                return new Sample(scheduled, start, end, Outcome.TIMEOUT, response.status());
            }
            return new Sample(
                    scheduled, start, end, response.status() == 200 ? Outcome.OK : Outcome.STATUS, response.status());
        } catch (IOException e) {
            return new Sample(scheduled, start, System.nanoTime(), Outcome.of(e, connected), 0);
        }
    }

    /** Stops the schedule and waits for the requests in flight (each ends by its own timeout). */
    public List<Sample> stop() {
        scheduler.shutdownNow();
        pool.shutdown();
        try {
            pool.awaitTermination(timeout.toMillis() + 2000, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        pool.shutdownNow();
        List<Sample> all = new ArrayList<>(samples);
        all.sort(Comparator.comparingLong(Sample::scheduledNanos));
        return all;
    }

    /** The samples so far, for progress lines. */
    public List<Sample> snapshot() {
        return List.copyOf(samples);
    }

    static java.util.concurrent.ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}
