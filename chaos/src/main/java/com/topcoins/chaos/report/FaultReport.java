package com.topcoins.chaos.report;

import com.topcoins.chaos.fault.Completion;
import com.topcoins.chaos.fault.Exchange;
import com.topcoins.chaos.fault.FaultFigures;
import com.topcoins.chaos.fault.FaultKind;
import com.topcoins.chaos.fault.FaultResult;
import com.topcoins.chaos.fault.FaultRunner;
import com.topcoins.chaos.fault.FaultSettings;
import com.topcoins.chaos.fault.IngestRun;
import com.topcoins.chaos.fault.ProbeStats;
import com.topcoins.chaos.phase.Timeline;
import com.topcoins.chaos.phase.Window;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** The dependency-fault part of the report (issue #12) and its raw data. */
public final class FaultReport {

    public static final List<String> FILES =
            List.of("fault-requests.csv", "fault-throughput.csv", "fault-runs.csv", "ingest-<phase>-<run>.log");
    private static final long BUCKET_NANOS = 5_000_000_000L;

    private FaultReport() {}

    public static String render(FaultSettings s, List<FaultResult> results, int depth) {
        StringBuilder out = new StringBuilder();
        out.append("### Dependency faults: setup\n\n");
        out.append(
                        "MongoDB and Redis are started by `chaos/stores.sh` with `run-local.sh`'s command lines (run-local.sh runs with ")
                .append(
                        "`LOCAL_EXTERNAL_STORES=1`), so the suite can stop (SIGSTOP), resume (SIGCONT), `kill -9` and restart them. ")
                .append(
                        "Windows: **before** the fault, **during** (from the signal until the store is back; for the empty restart, ")
                .append(
                        "until both sources have published again) and **after**. Latency is from sending to the answer's last byte, ")
                .append("or to giving up after ")
                .append(s.requestTimeout().toSeconds())
                .append(" s (\"no answer\"), so a hang shows in the percentiles.\n\n");
        out.append(settingsTable(s).markdown()).append('\n');

        out.append("### Dependency faults: summary\n\n");
        Table summary = new Table("fault", "what clients got during it", "verdict");
        for (FaultResult r : results) {
            Targets.Verdict verdict = Targets.overall(FaultTargets.checks(r, depth));
            summary.add(r.kind().title, r.ran() ? headline(r, depth) : "not run (" + r.note() + ")", verdict.label);
        }
        out.append(summary.markdown()).append('\n');

        out.append("### Targets (issue #12)\n\n");
        for (String statement : FaultTargets.statements()) {
            out.append("- ").append(statement).append('\n');
        }
        out.append('\n').append(targets(results, depth).markdown()).append('\n');

        for (FaultResult r : results) {
            out.append("### ")
                    .append(r.kind().title)
                    .append(" (`")
                    .append(r.kind().slug())
                    .append("`)\n\n");
            if (!r.ran()) {
                out.append(new Table("measure", "value")
                                .add("not run", r.note())
                                .markdown())
                        .append('\n');
                continue;
            }
            out.append(measures(r, depth).markdown()).append('\n');
            if (!r.exchanges().isEmpty()) {
                out.append(probeTable(r).markdown()).append('\n');
            }
            if (r.kind() == FaultKind.MONGO_EMPTY) {
                out.append("Answers over time, by 5 s from the kill (full = 200 with every row asked for):\n\n")
                        .append(timelineTable(r, depth).markdown())
                        .append('\n');
            }
            if (!r.completions().isEmpty()) {
                out.append(throughputTable(r).markdown()).append('\n');
                out.append("200s per second, from the phase's start (| marks the fault's start and end): `")
                        .append(series(r))
                        .append("`\n\n");
            }
            if (!r.runs().isEmpty()) {
                out.append(runsTable(r).markdown()).append('\n');
            }
        }
        return out.toString();
    }

    static Table settingsTable(FaultSettings s) {
        return new Table("setting", "value")
                .add(
                        "windows before / after",
                        s.before().toSeconds() + " s / " + s.after().toSeconds() + " s (mongo-empty: "
                                + s.emptyAfter().toSeconds() + " s after both sources published)")
                .add("mongo-hang", "MongoDB SIGSTOP for " + s.mongoHang().toSeconds() + " s, then SIGCONT")
                .add(
                        "mongo-empty",
                        "MongoDB `kill -9`, a new empty one on the same port, an ingestion run (mode once) of "
                                + "CoinMarketCap (prices), "
                                + s.secondJobDelay().toSeconds() + " s later one of CryptoCompare (ranking)")
                .add(
                        "redis-hang / redis-kill",
                        "Redis SIGSTOP for " + s.redisHang().toSeconds() + " s / `kill -9`, down "
                                + s.redisDown().toSeconds()
                                + " s, restarted on the same port; a CoinMarketCap run before (baseline) and one "
                                + "started with the fault")
                .add(
                        "cached probe",
                        s.cachedRate() + " requests/s `GET " + FaultSettings.CACHED_PATH + "` (warmed first), fresh "
                                + "connection each, from 127.0.0.1")
                .add(
                        "uncached probe",
                        s.uncachedRate() + " requests/s, windows `/?start=S&limit=L` never asked before in the run, "
                                + "inside the depth, JSON, from " + s.uncachedSources()
                                + " addresses 127.0.3.1… in turn (the door's per-client "
                                + "limit stays out of the way)")
                .add(
                        "health probes",
                        s.healthRate() + " requests/s each of `" + FaultSettings.LIVENESS_PATH + "` and `"
                                + FaultSettings.READINESS_PATH + "` on the management port (mongo-hang)")
                .add(
                        "throughput client",
                        s.connections() + " keep-alive connections in a closed loop over " + s.throughputSources()
                                + " addresses 127.0.2.1… (" + (s.connections() / Math.max(1, s.throughputSources()))
                                + " per address: within the front API's 4 requests in progress per client), cycling the cached windows "
                                + String.join(
                                        ", ",
                                        FaultSettings.THROUGHPUT_PATHS.stream()
                                                .map(p -> "`" + p + "`")
                                                .toList())
                                + "; normal = mean 200s/s over the "
                                + s.cleanBefore().toSeconds() + " s before the fault with no ingestion run")
                .add(
                        "request timeout",
                        s.requestTimeout().toSeconds() + " s; ingestion runs killed after "
                                + s.jobTimeout().toSeconds() + " s");
    }

    static Table targets(List<FaultResult> results, int depth) {
        Table table = new Table("fault", "target", "measured", "verdict");
        for (FaultResult r : results) {
            for (Targets.Check check : FaultTargets.checks(r, depth)) {
                table.add(r.kind().title, check.target(), check.measured(), check.verdict().label);
            }
        }
        return table;
    }

    private static String headline(FaultResult r, int depth) {
        Timeline t = r.timeline();
        return switch (r.kind()) {
            case MONGO_HANG -> {
                ProbeStats uncached = ProbeStats.of(
                        FaultFigures.startedIn(r.of(FaultRunner.UNCACHED), t.attackStart(), t.attackStop()));
                ProbeStats cached = ProbeStats.of(
                        FaultFigures.startedIn(r.of(FaultRunner.CACHED), t.attackStart(), t.attackStop()));
                ProbeStats ready = ProbeStats.of(
                        FaultFigures.startedIn(r.of(FaultRunner.READINESS), t.attackStart(), t.attackStop()));
                yield "uncached: " + uncached.answerList() + "; cached p99 " + Fmt.ms(cached.p99()) + " ms; readiness: "
                        + ready.answerList();
            }
            case MONGO_EMPTY -> {
                List<Exchange> all = r.exchanges();
                yield all.stream().filter(e -> e.shortAnswer(depth)).count() + " short 200s ("
                        + all.stream()
                                .filter(e -> e.shortAnswer(depth) && e.rows().rows() == 0)
                                .count() + " empty), "
                        + all.stream().filter(Exchange::wrongRanks).count() + " with rows outside the window; during: "
                        + ProbeStats.of(FaultFigures.startedIn(all, t.attackStart(), t.attackStop()))
                                .answerList();
            }
            case REDIS_HANG, REDIS_KILL ->
                "throughput normal " + FaultTargets.number(FaultTargets.normal(r)) + "/s, min from "
                        + FaultTargets.THROUGHPUT_FROM_SECONDS + " s into the fault "
                        + FaultTargets.number(FaultTargets.minFrom(r)) + "/s";
        };
    }

    static Table measures(FaultResult r, int depth) {
        Timeline t = r.timeline();
        Table table = new Table("measure", "value");
        if (!r.note().isEmpty()) {
            table.add("**note**", r.note());
        }
        table.add(
                "windows as run (s)",
                String.format(
                        Locale.ROOT,
                        "before %.1f, during %.1f, after %.1f",
                        t.seconds(Window.BEFORE),
                        t.seconds(Window.ATTACK),
                        t.seconds(Window.AFTER)));
        for (Map.Entry<String, Long> moment : r.moments().entrySet()) {
            table.add(
                    "moment: " + label(r.kind(), moment.getKey()),
                    String.format(Locale.ROOT, "%+.2f s from the fault", (moment.getValue() - t.attackStart()) / 1e9));
        }
        switch (r.kind()) {
            case MONGO_HANG -> {
                List<Exchange> readiness = r.of(FaultRunner.READINESS);
                OptionalDouble first = FaultFigures.firstAfter(readiness, t.attackStart(), e -> e.is(503));
                table.add("readiness: SIGSTOP → first 503 answered", FaultTargets.seconds(first));
                table.add(
                        "readiness during the hang",
                        describe(ProbeStats.of(FaultFigures.startedIn(readiness, t.attackStart(), t.attackStop()))));
                table.add(
                        "SIGCONT → first uncached 200 (request sent after SIGCONT)",
                        FaultTargets.seconds(
                                FaultFigures.firstAfter(r.of(FaultRunner.UNCACHED), t.attackStop(), e -> e.is(200))));
                table.add(
                        "SIGCONT → first readiness 200 UP",
                        FaultTargets.seconds(FaultFigures.firstAfter(readiness, t.attackStop(), Exchange::healthy)));
            }
            case MONGO_EMPTY -> {
                List<Exchange> all = r.exchanges();
                for (String probe : List.of(FaultRunner.CACHED, FaultRunner.UNCACHED)) {
                    List<Exchange> of = r.of(probe);
                    table.add(
                            probe + ": short 200s (empty) / rows outside the window",
                            of.stream().filter(e -> e.shortAnswer(depth)).count()
                                    + " ("
                                    + of.stream()
                                            .filter(e -> e.shortAnswer(depth)
                                                    && e.rows().rows() == 0)
                                            .count() + ") / "
                                    + of.stream().filter(Exchange::wrongRanks).count());
                    table.add(
                            probe + ": kill → full 200s from then on",
                            FaultTargets.seconds(FaultFigures.steadyAfter(of, t.attackStart(), e -> e.full(depth))));
                    table.add(
                            probe + ": both published → first full 200",
                            FaultTargets.seconds(FaultFigures.firstAfter(of, t.attackStop(), e -> e.full(depth))));
                    List<Exchange> after = FaultFigures.startedIn(
                            of, t.attackStop() + (long) (FaultTargets.SETTLE_SECONDS * 1e9), Long.MAX_VALUE);
                    table.add(
                            probe + ": answers not full after both published (+" + (long) FaultTargets.SETTLE_SECONDS
                                    + " s)",
                            after.stream().filter(e -> !e.full(depth)).count() + " of " + after.size());
                }
                table.add(
                        "503s with Retry-After (all probes)",
                        all.stream().filter(e -> e.is(503) && e.retryAfter()).count() + " of "
                                + all.stream().filter(e -> e.is(503)).count());
            }
            case REDIS_HANG, REDIS_KILL -> {
                table.add("throughput normal (200s/s, no ingestion run)", FaultTargets.number(FaultTargets.normal(r)));
                int[] during = FaultFigures.perSecond(r.completions(), t.attackStart(), t.attackStop());
                table.add(
                        "throughput during the fault: min / mean (200s/s)",
                        FaultTargets.number(FaultFigures.min(during)) + " / "
                                + FaultTargets.number(FaultFigures.mean(during)));
                table.add(
                        "throughput from " + FaultTargets.THROUGHPUT_FROM_SECONDS + " s into the fault: min (200s/s)",
                        FaultTargets.number(FaultTargets.minFrom(r)));
            }
        }
        table.add("front API alive at the end", r.aliveAtEnd() ? "yes" : "**no**");
        return table;
    }

    private static String label(FaultKind kind, String moment) {
        return switch (moment) {
            case FaultResult.FAULT ->
                switch (kind) {
                    case MONGO_HANG -> "MongoDB SIGSTOP";
                    case MONGO_EMPTY -> "MongoDB kill -9";
                    case REDIS_HANG -> "Redis SIGSTOP";
                    case REDIS_KILL -> "Redis kill -9";
                };
            case FaultResult.RESUMED -> "SIGCONT";
            case FaultResult.STORE_UP ->
                kind == FaultKind.MONGO_EMPTY ? "new empty MongoDB listening" : "Redis restarted, listening";
            case FaultResult.CLEAN_FROM -> "baseline run ended";
            default -> moment;
        };
    }

    private static String describe(ProbeStats s) {
        return s.count() + " requests, " + s.answerList() + ", p50 " + Fmt.ms(s.p50()) + " / p99 " + Fmt.ms(s.p99())
                + " / max " + Fmt.ms(s.max()) + " ms";
    }

    static Table probeTable(FaultResult r) {
        Table table = new Table("probe", "window", "requests", "answers", "p50 / p99 / max ms", "503 with Retry-After");
        List<String> probes =
                List.of(FaultRunner.CACHED, FaultRunner.UNCACHED, FaultRunner.LIVENESS, FaultRunner.READINESS).stream()
                        .filter(p -> !r.of(p).isEmpty())
                        .toList();
        for (String probe : probes) {
            List<Exchange> of = r.of(probe);
            for (Window window : Window.values()) {
                ProbeStats s = ProbeStats.of(of.stream()
                        .filter(e -> r.timeline().windowOf(e.startNanos()) == window)
                        .toList());
                table.add(
                        probe,
                        window.label,
                        s.count(),
                        s.answerList(),
                        Fmt.ms(s.p50()) + " / " + Fmt.ms(s.p99()) + " / " + Fmt.ms(s.max()),
                        s.status503() == 0 ? Fmt.NONE : s.retryAfter503() + " of " + s.status503());
            }
        }
        return table;
    }

    static Table timelineTable(FaultResult r, int depth) {
        Table table = new Table("s from the kill", "cached", "uncached", "events");
        long fault = r.timeline().attackStart();
        Map<Long, List<Exchange>> buckets = new TreeMap<>(r.exchanges().stream()
                .collect(Collectors.groupingBy(e -> Math.floorDiv(e.startNanos() - fault, BUCKET_NANOS))));
        for (Map.Entry<Long, List<Exchange>> bucket : buckets.entrySet()) {
            long b = bucket.getKey();
            List<String> events = new ArrayList<>();
            r.moments().forEach((name, nanos) -> {
                if (Math.floorDiv(nanos - fault, BUCKET_NANOS) == b) {
                    events.add(label(r.kind(), name) + String.format(Locale.ROOT, " (%+.1f)", (nanos - fault) / 1e9));
                }
            });
            table.add(
                    (b * 5) + "–" + (b * 5 + 5),
                    kinds(bucket.getValue(), FaultRunner.CACHED, depth),
                    kinds(bucket.getValue(), FaultRunner.UNCACHED, depth),
                    events.isEmpty() ? "" : String.join("; ", events));
        }
        return table;
    }

    private static String kinds(List<Exchange> exchanges, String probe, int depth) {
        Map<String, Long> kinds = new TreeMap<>();
        for (Exchange e : exchanges) {
            if (e.probe().equals(probe)) {
                String kind = e.full(depth)
                        ? "full"
                        : e.shortAnswer(depth)
                                ? (e.rows().rows() == 0 ? "200 empty" : "200 short")
                                : e.wrongRanks()
                                        ? "200 wrong ranks"
                                        : e.answer() + (e.is(503) && !e.retryAfter() ? " (no Retry-After)" : "");
                kinds.merge(kind, 1L, Long::sum);
            }
        }
        return kinds.entrySet().stream()
                .map(k -> k.getKey() + " ×" + k.getValue())
                .collect(Collectors.joining(", "));
    }

    static Table throughputTable(FaultResult r) {
        Table table = new Table("window", "requests", "200s/s mean", "200s/s min", "p99 ms", "failures");
        Timeline t = r.timeline();
        for (Window window : Window.values()) {
            long from = t.from(window);
            long to = t.to(window);
            int[] perSecond = FaultFigures.perSecond(r.completions(), from, to);
            long requests = r.completions().stream()
                    .filter(c -> c.endNanos() >= from && c.endNanos() < to)
                    .count();
            table.add(
                    window.label,
                    requests,
                    FaultTargets.number(FaultFigures.mean(perSecond)),
                    FaultTargets.number(FaultFigures.min(perSecond)),
                    Fmt.ms(FaultFigures.p99(r.completions(), from, to).stream()
                            .boxed()
                            .findFirst()
                            .orElse(null)),
                    failures(r.completions(), from, to));
        }
        return table;
    }

    private static String failures(List<Completion> completions, long from, long to) {
        Map<String, Long> kinds = new TreeMap<>();
        completions.stream()
                .filter(c -> c.endNanos() >= from && c.endNanos() < to && !c.ok())
                .forEach(c -> kinds.merge(c.status() == 0 ? c.failure() : String.valueOf(c.status()), 1L, Long::sum));
        return kinds.isEmpty()
                ? "0"
                : kinds.entrySet().stream()
                        .map(k -> k.getKey() + " ×" + k.getValue())
                        .collect(Collectors.joining(", "));
    }

    private static String series(FaultResult r) {
        Timeline t = r.timeline();
        int[] all = FaultFigures.perSecond(r.completions(), t.start(), t.end());
        int faultFrom = (int) ((t.attackStart() - t.start()) / 1_000_000_000L);
        int faultTo = (int) ((t.attackStop() - t.start()) / 1_000_000_000L);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < all.length; i++) {
            if (i == faultFrom || i == faultTo) {
                out.append("| ");
            }
            out.append(all[i]).append(' ');
        }
        return out.toString().strip();
    }

    static Table runsTable(FaultResult r) {
        Table table = new Table(
                "ingestion run",
                "source",
                "started (s from the fault)",
                "run (its log)",
                "wall s",
                "exit",
                "how it ended");
        for (IngestRun run : r.runs()) {
            table.add(
                    run.label(),
                    run.source(),
                    String.format(
                            Locale.ROOT,
                            "%+.1f",
                            (run.startNanos() - r.timeline().attackStart()) / 1e9),
                    run.completed() ? run.runMillis().getAsLong() + " ms, " + run.docs() + " docs" : Fmt.NONE,
                    String.format(Locale.ROOT, "%.1f", run.wallSeconds()),
                    run.exitCode(),
                    run.outcome());
        }
        return table;
    }

    public static void writeRaw(Path dir, List<FaultResult> results, long origin) {
        Table requests = new Table(
                "phase",
                "probe",
                "window",
                "start_s",
                "latency_ms",
                "answer",
                "retry_after",
                "path",
                "rows",
                "count",
                "rows_outside");
        Table throughput = new Table("phase", "window", "end_s", "latency_ms", "status", "failure");
        Table runs = new Table("phase", "run", "source", "start_s", "wall_s", "exit", "run_ms", "docs", "outcome");
        for (FaultResult r : results) {
            if (!r.ran()) {
                continue;
            }
            String phase = r.kind().slug();
            for (Exchange e : r.exchanges()) {
                requests.add(
                        phase,
                        e.probe(),
                        r.timeline().windowOf(e.startNanos()).label,
                        s(e.startNanos() - origin),
                        String.format(Locale.ROOT, "%.3f", e.latencyMillis()),
                        e.answer(),
                        e.retryAfter(),
                        e.path(),
                        e.rows() == null ? "" : e.rows().rows(),
                        e.rows() == null ? "" : e.rows().count(),
                        e.rows() == null ? "" : e.rows().outside());
            }
            for (Completion c : r.completions()) {
                throughput.add(
                        phase,
                        r.timeline().windowOf(c.startNanos()).label,
                        s(c.endNanos() - origin),
                        String.format(Locale.ROOT, "%.3f", c.latencyMillis()),
                        c.status(),
                        c.failure());
            }
            for (IngestRun run : r.runs()) {
                runs.add(
                        phase,
                        run.label(),
                        run.source(),
                        s(run.startNanos() - origin),
                        String.format(Locale.ROOT, "%.3f", run.wallSeconds()),
                        run.exitCode(),
                        run.runMillis().isPresent() ? run.runMillis().getAsLong() : "",
                        run.docs(),
                        run.outcome());
            }
        }
        RawData.write(dir.resolve("fault-requests.csv"), requests.csv());
        RawData.write(dir.resolve("fault-throughput.csv"), throughput.csv());
        RawData.write(dir.resolve("fault-runs.csv"), runs.csv());
    }

    private static String s(long nanos) {
        return String.format(Locale.ROOT, "%.3f", nanos / 1e9);
    }
}
