package com.topcoins.chaos.fault;

import com.topcoins.chaos.client.DeadlineInputStream;
import com.topcoins.chaos.client.HttpReader;
import com.topcoins.chaos.client.HttpResponse;
import com.topcoins.chaos.client.Outcome;
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
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * One class of requests during a fault phase, on a fixed schedule (a slow answer never postpones the next
 * request), each on a fresh connection from the next of its source addresses, each with one deadline for the
 * whole answer. Like the normal client, but any status is an answer, Retry-After is noted and a 200 JSON page
 * can be checked row by row.
 */
final class Prober {

    private static final int POOL_MAX = 256;
    private static final int ROWS_BODY_MAX = 4 << 20;
    private static final int HEALTH_BODY_MAX = 8192;
    private static final java.util.regex.Pattern HEALTH =
            java.util.regex.Pattern.compile("\"status\"\\s*:\\s*\"(\\w+)\"");

    private final String name;
    private final InetSocketAddress target;
    private final List<InetAddress> sources;
    private final Supplier<String> paths;
    private final long periodNanos;
    private final Duration timeout;
    private final boolean checkRows;
    private final AtomicInteger turn = new AtomicInteger();
    private final ScheduledExecutorService scheduler;
    private final ThreadPoolExecutor pool;
    private final ConcurrentLinkedQueue<Exchange> exchanges = new ConcurrentLinkedQueue<>();

    Prober(
            String name,
            InetSocketAddress target,
            List<InetAddress> sources,
            Supplier<String> paths,
            int ratePerSecond,
            Duration timeout,
            boolean checkRows) {
        this.name = name;
        this.target = target;
        this.sources = List.copyOf(sources);
        this.paths = paths;
        this.periodNanos = 1_000_000_000L / ratePerSecond;
        this.timeout = timeout;
        this.checkRows = checkRows;
        this.scheduler = Executors.newSingleThreadScheduledExecutor(daemon("chaos-" + name + "-schedule"));
        this.pool = new ThreadPoolExecutor(
                2, POOL_MAX, 30, TimeUnit.SECONDS, new SynchronousQueue<>(), daemon("chaos-" + name));
    }

    String name() {
        return name;
    }

    void start() {
        scheduler.scheduleAtFixedRate(this::fire, 0, periodNanos, TimeUnit.NANOSECONDS);
    }

    private void fire() {
        long scheduled = System.nanoTime();
        String path = paths.get();
        InetAddress source = sources.get(Math.floorMod(turn.getAndIncrement(), sources.size()));
        try {
            pool.execute(() -> exchanges.add(exchange(scheduled, path, source)));
        } catch (RejectedExecutionException e) {
            exchanges.add(new Exchange(
                    name,
                    path,
                    start(path),
                    limit(path),
                    scheduled,
                    scheduled,
                    scheduled,
                    Outcome.OVERLOADED,
                    0,
                    false,
                    null,
                    ""));
        }
    }

    /** One request outside the schedule, on the caller's thread (to warm a window's cache entry). */
    Exchange once(String path) {
        return exchange(System.nanoTime(), path, sources.get(0));
    }

    private Exchange exchange(long scheduled, String path, InetAddress source) {
        int start = start(path);
        int limit = limit(path);
        boolean health = path.startsWith("/actuator/health");
        long begin = System.nanoTime();
        long deadline = begin + timeout.toNanos();
        boolean connected = false;
        try (Socket socket = new Socket()) {
            socket.setReuseAddress(true);
            socket.setTcpNoDelay(true);
            socket.bind(new InetSocketAddress(source, 0));
            socket.connect(target, (int) timeout.toMillis());
            connected = true;
            OutputStream out = socket.getOutputStream();
            out.write(
                    ("GET " + path + " HTTP/1.1\r\nHost: " + target.getAddress().getHostAddress() + ":"
                                    + target.getPort() + "\r\nAccept: application/json\r\nConnection: close\r\n\r\n")
                            .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            HttpResponse response = HttpReader.read(
                    new BufferedInputStream(new DeadlineInputStream(socket, socket.getInputStream(), deadline), 16384),
                    checkRows ? ROWS_BODY_MAX : health ? HEALTH_BODY_MAX : 0);
            long end = System.nanoTime();
            if (end > deadline) {
                return new Exchange(
                        name,
                        path,
                        start,
                        limit,
                        scheduled,
                        begin,
                        end,
                        Outcome.TIMEOUT,
                        response.status(),
                        false,
                        null,
                        "");
            }
            boolean retryAfter = response.headers().containsKey("retry-after");
            Rows rows = checkRows && response.status() == 200 && isJson(response)
                    ? Rows.of(new String(response.body(), StandardCharsets.UTF_8), start, limit)
                    : null;
            String status = "";
            if (health) {
                java.util.regex.Matcher m = HEALTH.matcher(new String(response.body(), StandardCharsets.ISO_8859_1));
                status = m.find() ? m.group(1) : "";
            }
            return new Exchange(
                    name,
                    path,
                    start,
                    limit,
                    scheduled,
                    begin,
                    end,
                    Outcome.OK,
                    response.status(),
                    retryAfter,
                    rows,
                    status);
        } catch (IOException e) {
            return new Exchange(
                    name,
                    path,
                    start,
                    limit,
                    scheduled,
                    begin,
                    System.nanoTime(),
                    Outcome.of(e, connected),
                    0,
                    false,
                    null,
                    "");
        }
    }

    private static boolean isJson(HttpResponse response) {
        return response.headers().getOrDefault("content-type", "").contains("json");
    }

    /** Stops the schedule and waits for the requests in flight (each ends by its own deadline). */
    List<Exchange> stop() {
        scheduler.shutdownNow();
        pool.shutdown();
        try {
            pool.awaitTermination(timeout.toMillis() + 2000, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        pool.shutdownNow();
        List<Exchange> all = new ArrayList<>(exchanges);
        all.sort(Comparator.comparingLong(Exchange::scheduledNanos));
        return all;
    }

    /** The requests answered so far, for progress lines. */
    List<Exchange> snapshot() {
        return List.copyOf(exchanges);
    }

    static int start(String path) {
        return path.contains("limit=") ? Integer.parseInt(query(path).getOrDefault("start", "1")) : 0;
    }

    static int limit(String path) {
        String limit = query(path).get("limit");
        return limit == null ? 0 : Integer.parseInt(limit);
    }

    private static Map<String, String> query(String path) {
        int q = path.indexOf('?');
        Map<String, String> values = new java.util.HashMap<>();
        if (q < 0) {
            return values;
        }
        for (String pair : path.substring(q + 1).split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                values.put(pair.substring(0, eq), pair.substring(eq + 1));
            }
        }
        return values;
    }

    static java.util.concurrent.ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}
