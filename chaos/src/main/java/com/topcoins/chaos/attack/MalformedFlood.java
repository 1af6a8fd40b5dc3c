package com.topcoins.chaos.attack;

import com.topcoins.chaos.client.DeadlineInputStream;
import com.topcoins.chaos.client.HttpReader;
import com.topcoins.chaos.client.HttpResponse;
import com.topcoins.chaos.client.NoAnswerException;
import com.topcoins.chaos.client.Outcome;
import com.topcoins.chaos.report.Table;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * A flood of malformed requests, each on a new connection, rotating through {@link BadInputs}: it shows which
 * inputs reach an unhandled error (a 5xx, and the stack trace it logs) and what each one costs in log lines.
 */
final class MalformedFlood extends WorkerThreads {

    static final String NO_STATUS_LINE = "no status line";
    static final String NO_ANSWER = "closed, no answer";

    private static final class Tally {
        final LongAdder requests = new LongAdder();
        final LongAdder markerHits = new LongAdder();
        final Map<String, LongAdder> results = new ConcurrentHashMap<>();
    }

    private final Target target;
    private final Duration timeout;
    private final List<BadInput> inputs;
    private final List<Tally> tallies = new ArrayList<>();
    private final AtomicLong next = new AtomicLong();

    MalformedFlood(Target target, int threads, Duration timeout) {
        super("malformed", threads, timeout);
        this.target = target;
        this.timeout = timeout;
        this.inputs = BadInputs.all(target.hostHeader(), ZonedDateTime.now());
        inputs.forEach(i -> tallies.add(new Tally()));
    }

    @Override
    public AttackKind kind() {
        return AttackKind.MALFORMED;
    }

    @Override
    void work() {
        while (running) {
            int i = (int) (next.getAndIncrement() % inputs.size());
            BadInput input = inputs.get(i);
            Tally tally = tallies.get(i);
            tally.requests.increment();
            String result = send(input, tally);
            tally.results.computeIfAbsent(result, r -> new LongAdder()).increment();
        }
    }

    private String send(BadInput input, Tally tally) {
        boolean connected = false;
        try (Socket socket = target.connect((int) timeout.toMillis())) {
            connected = true;
            socket.getOutputStream().write(input.request());
            DeadlineInputStream deadline =
                    new DeadlineInputStream(socket, socket.getInputStream(), System.nanoTime() + timeout.toNanos());
            InputStream in = new BufferedInputStream(deadline, 16384);
            HttpResponse response = HttpReader.read(in, input.marker() == null ? 0 : 1 << 20);
            if (input.marker() != null && response.bodyText().contains(input.marker())) {
                tally.markerHits.increment();
            }
            drain(in, deadline);
            return response.status() == HttpResponse.NO_STATUS_LINE
                    ? NO_STATUS_LINE
                    : String.valueOf(response.status());
        } catch (NoAnswerException e) {
            return NO_ANSWER;
        } catch (IOException e) {
            return Outcome.of(e, connected).label;
        }
    }

    /** Reads to the server's close, briefly: the side that closes first keeps the TIME_WAIT, better the server's. */
    private static void drain(InputStream in, DeadlineInputStream deadline) {
        deadline.deadline(System.nanoTime() + 500_000_000L);
        try {
            byte[] buffer = new byte[4096];
            while (in.read(buffer) >= 0) {
                // the answer is already counted
            }
        } catch (IOException ignored) {
            // a reset or timeout after a complete answer changes nothing counted
        }
    }

    @Override
    public AttackReport report() {
        Table perInput = new Table("input", "requests", "answers", "≥ 500", "note");
        long requests = 0;
        long serverErrors = 0;
        long noStatus = 0;
        long failures = 0;
        for (int i = 0; i < inputs.size(); i++) {
            BadInput input = inputs.get(i);
            Tally tally = tallies.get(i);
            Map<String, Long> results = new TreeMap<>();
            tally.results.forEach((k, v) -> results.put(k, v.sum()));
            long errors5xx = results.entrySet().stream()
                    .filter(e -> isStatus(e.getKey()) && Integer.parseInt(e.getKey()) >= 500)
                    .mapToLong(Map.Entry::getValue)
                    .sum();
            requests += tally.requests.sum();
            serverErrors += errors5xx;
            noStatus += results.getOrDefault(NO_STATUS_LINE, 0L);
            failures += results.entrySet().stream()
                    .filter(e -> !isStatus(e.getKey()) && !e.getKey().equals(NO_STATUS_LINE))
                    .mapToLong(Map.Entry::getValue)
                    .sum();
            String note = input.marker() == null
                    ? ""
                    : "body contains `%s`: %d of %d"
                            .formatted(input.marker(), tally.markerHits.sum(), tally.requests.sum());
            perInput.add("`" + input.name() + "`", tally.requests.sum(), answers(results), errors5xx, note);
        }
        List<Counter> counters = List.of(
                new Counter("threads", threads),
                new Counter("distinct bad inputs", inputs.size()),
                new Counter("requests (each on a new connection)", requests),
                new Counter("responses ≥ 500", serverErrors),
                new Counter("answers without a status line", noStatus),
                new Counter("no HTTP answer (timeout, reset, closed, connect failed)", failures));
        return new AttackReport(
                counters,
                List.of(new AttackReport.Titled("Malformed flood, per input", perInput)),
                requests,
                serverErrors);
    }

    /** "400 ×1200, 500 ×3": the answers in order, statuses first. */
    static String answers(Map<String, Long> results) {
        if (results.isEmpty()) {
            return "none";
        }
        List<String> parts = new ArrayList<>();
        results.entrySet().stream()
                .filter(e -> isStatus(e.getKey()))
                .forEach(e -> parts.add(e.getKey() + " ×" + e.getValue()));
        results.entrySet().stream()
                .filter(e -> !isStatus(e.getKey()))
                .forEach(e -> parts.add(e.getKey() + " ×" + e.getValue()));
        return String.join(", ", parts);
    }

    private static boolean isStatus(String result) {
        return result.length() == 3 && result.chars().allMatch(Character::isDigit);
    }

    @Override
    public String progress() {
        long requests = tallies.stream().mapToLong(t -> t.requests.sum()).sum();
        long errors = tallies.stream()
                .flatMap(t -> t.results.entrySet().stream())
                .filter(e -> isStatus(e.getKey()) && e.getKey().startsWith("5"))
                .mapToLong(e -> e.getValue().sum())
                .sum();
        return "requests %d, responses ≥ 500 %d".formatted(requests, errors);
    }
}
