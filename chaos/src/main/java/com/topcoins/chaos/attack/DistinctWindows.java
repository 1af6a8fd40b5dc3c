package com.topcoins.chaos.attack;

import com.topcoins.chaos.client.DeadlineInputStream;
import com.topcoins.chaos.client.HttpReader;
import com.topcoins.chaos.client.HttpResponse;
import com.topcoins.chaos.client.NoAnswerException;
import com.topcoins.chaos.client.Outcome;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * Valid requests that never repeat a window: every answer is a cache miss and a new cache entry, which is
 * how a client with no bad intent in any single request can still grow the cache (Redis and the near cache)
 * and keep the database busy.
 */
final class DistinctWindows extends WorkerThreads {

    private final Target target;
    private final int max;
    private final Duration timeout;
    private final AtomicLong next = new AtomicLong();
    private final Set<String> windows = ConcurrentHashMap.newKeySet();
    private final Map<String, LongAdder> results = new ConcurrentHashMap<>();
    private final LongAdder requests = new LongAdder();
    private final LongAdder connections = new LongAdder();

    DistinctWindows(Target target, int threads, int max, Duration timeout) {
        super("windows", threads, timeout);
        this.target = target;
        this.max = max;
        this.timeout = timeout;
    }

    /**
     * The n-th window, deterministic so a run never repeats one: start and limit each in 1..max, CSV for every
     * other one (alternating on both start and limit, so neither goes with one format only).
     */
    static String window(long n, int max) {
        long start = n / max + 1;
        long limit = n % max + 1;
        boolean csv = (start + limit) % 2 == 1;
        return "/?start=" + start + "&limit=" + limit + (csv ? "&format=csv" : "");
    }

    @Override
    public AttackKind kind() {
        return AttackKind.DISTINCT_WINDOWS;
    }

    @Override
    void work() {
        Socket socket = null;
        InputStream in = null;
        DeadlineInputStream deadline = null;
        try {
            while (running) {
                long n = next.getAndIncrement();
                if (n >= (long) max * max) {
                    return; // every window was asked for once
                }
                String path = window(n, max);
                boolean connected = socket != null;
                try {
                    if (socket == null) {
                        socket = target.connect((int) timeout.toMillis());
                        connections.increment();
                        deadline = new DeadlineInputStream(socket, socket.getInputStream(), Long.MAX_VALUE);
                        in = new BufferedInputStream(deadline, 65536);
                        connected = true;
                    }
                    requests.increment();
                    windows.add(path);
                    socket.getOutputStream()
                            .write(Target.ascii(
                                    "GET " + path + " HTTP/1.1\r\nHost: " + target.hostHeader() + "\r\n\r\n"));
                    deadline.deadline(System.nanoTime() + timeout.toNanos());
                    HttpResponse response = HttpReader.read(in, 0);
                    count(String.valueOf(response.status()));
                    if (!response.keepAlive()) {
                        socket = close(socket);
                    }
                } catch (NoAnswerException e) {
                    count(MalformedFlood.NO_ANSWER);
                    socket = close(socket);
                } catch (IOException e) {
                    count(Outcome.of(e, connected).label);
                    socket = close(socket);
                    if (!connected) {
                        pause(); // the server is not accepting: do not spin
                    }
                }
            }
        } finally {
            close(socket);
        }
    }

    private void count(String result) {
        results.computeIfAbsent(result, r -> new LongAdder()).increment();
    }

    private static Socket close(Socket socket) {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // best effort
            }
        }
        return null;
    }

    private static void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public AttackReport report() {
        Map<String, Long> answers = new TreeMap<>();
        results.forEach((k, v) -> answers.put(k, v.sum()));
        long serverErrors = answers.entrySet().stream()
                .filter(e -> e.getKey().matches("5\\d\\d"))
                .mapToLong(Map.Entry::getValue)
                .sum();
        List<Counter> counters = List.of(
                new Counter("threads (keep-alive connections)", threads),
                new Counter("windows: start and limit in 1.." + max + ", CSV for every other one", "never repeated"),
                new Counter("requests", requests.sum()),
                new Counter("distinct windows requested", windows.size()),
                new Counter("connections opened", connections.sum()),
                new Counter("answers", MalformedFlood.answers(answers)));
        return new AttackReport(counters, List.of(), requests.sum(), serverErrors);
    }

    @Override
    public String progress() {
        return "requests %d, distinct windows %d".formatted(requests.sum(), windows.size());
    }
}
