package com.topcoins.chaos.report;

import com.topcoins.chaos.fault.Exchange;
import com.topcoins.chaos.fault.FaultFigures;
import com.topcoins.chaos.fault.FaultKind;
import com.topcoins.chaos.fault.FaultResult;
import com.topcoins.chaos.fault.FaultRunner;
import com.topcoins.chaos.fault.IngestRun;
import com.topcoins.chaos.fault.ProbeStats;
import com.topcoins.chaos.report.Targets.Check;
import com.topcoins.chaos.report.Targets.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;

/** The targets of issue #12, checked against what the fault phases measured: computed, never written by hand. */
public final class FaultTargets {

    public static final double UNCACHED_ANSWER_SECONDS = 3;
    public static final double MAX_P99_MILLIS = 100;
    public static final double READINESS_TIMEOUT_SECONDS = 3;
    public static final double FULL_SERVICE_SECONDS = 5;
    public static final double MIN_THROUGHPUT_SHARE = 0.5;
    public static final long THROUGHPUT_FROM_SECONDS = 5;
    public static final double INGEST_TOLERANCE_SECONDS = 1;
    /** mongo-empty: answers to requests started this long after both sources published must be full 200s. */
    public static final double SETTLE_SECONDS = 1;

    private FaultTargets() {}

    public static List<String> statements() {
        return List.of(
                "MongoDB hangs: an uncached request answers 503 with `Retry-After` within "
                        + (long) UNCACHED_ANSWER_SECONDS
                        + " s; cached requests and liveness keep p99 ≤ " + (long) MAX_P99_MILLIS
                        + " ms throughout (every answer 200); "
                        + "readiness answers 503 within its probe timeout (" + (long) READINESS_TIMEOUT_SECONDS
                        + " s); full service ≤ "
                        + (long) FULL_SERVICE_SECONDS + " s after SIGCONT;",
                "MongoDB restarted empty: 0 short or empty 200s, 0 rows outside the window asked for; 503 (with `Retry-After`) "
                        + "until both sources have published again, full 200s from then on (no cached error);",
                "Redis hangs or is killed: throughput from " + THROUGHPUT_FROM_SECONDS + " s into the fault on ≥ "
                        + Math.round(MIN_THROUGHPUT_SHARE * 100)
                        + " % of normal; an ingestion run during the fault takes as long as one "
                        + "before it (± " + (long) INGEST_TOLERANCE_SECONDS + " s).");
    }

    public static List<Check> checks(FaultResult r, int depth) {
        if (!r.ran()) {
            return targetsOf(r.kind()).stream()
                    .map(t -> new Check(t, "not run: " + r.note(), Verdict.NOT_RUN))
                    .toList();
        }
        return switch (r.kind()) {
            case MONGO_HANG -> mongoHang(r);
            case MONGO_EMPTY -> mongoEmpty(r, depth);
            case REDIS_HANG, REDIS_KILL -> redis(r);
        };
    }

    private static List<String> targetsOf(FaultKind kind) {
        return switch (kind) {
            case MONGO_HANG ->
                List.of(UNCACHED, p99(FaultRunner.CACHED), p99(FaultRunner.LIVENESS), READINESS, FULL_SERVICE);
            case MONGO_EMPTY -> List.of(SHORT, OUTSIDE, UNTIL, AFTER);
            case REDIS_HANG, REDIS_KILL -> List.of(THROUGHPUT, INGEST);
        };
    }

    private static final String UNCACHED =
            "uncached during the hang: 503 + Retry-After (or 200) within " + (long) UNCACHED_ANSWER_SECONDS + " s";
    private static final String READINESS = "readiness: first 503 ≤ " + (long) READINESS_TIMEOUT_SECONDS
            + " s after SIGSTOP, every readiness answer during the hang ≤ " + (long) READINESS_TIMEOUT_SECONDS + " s";
    private static final String FULL_SERVICE = "full service ≤ " + (long) FULL_SERVICE_SECONDS
            + " s after SIGCONT (first uncached 200 and readiness 200 UP)";
    private static final String SHORT = "200s with fewer rows than asked, window inside the depth = 0";
    private static final String OUTSIDE = "200s with rows outside the window asked for = 0";
    private static final String UNTIL =
            "until both sources published: every answer that is not a full 200 is 503 + Retry-After";
    private static final String AFTER =
            "from " + (long) SETTLE_SECONDS + " s after both published: every answer a full 200";
    private static final String THROUGHPUT = "throughput from " + THROUGHPUT_FROM_SECONDS + " s into the fault ≥ "
            + Math.round(MIN_THROUGHPUT_SHARE * 100) + " % of normal (every second)";
    private static final String INGEST =
            "ingestion run during the fault: duration of the baseline run ± " + (long) INGEST_TOLERANCE_SECONDS + " s";

    private static String p99(String probe) {
        return probe + ": p99 ≤ " + (long) MAX_P99_MILLIS + " ms throughout, every answer 200";
    }

    private static List<Check> mongoHang(FaultResult r) {
        List<Check> checks = new ArrayList<>();
        long fault = r.timeline().attackStart();
        long resumed = r.timeline().attackStop();
        long lastJudged = resumed - (long) (UNCACHED_ANSWER_SECONDS * 1e9);
        List<Exchange> uncached = FaultFigures.startedIn(r.of(FaultRunner.UNCACHED), fault, lastJudged);
        long good = uncached.stream()
                .filter(e -> e.latencyMillis() <= UNCACHED_ANSWER_SECONDS * 1000
                        && (e.is(200) || (e.is(503) && e.retryAfter())))
                .count();
        ProbeStats stats = ProbeStats.of(uncached);
        checks.add(new Check(
                UNCACHED,
                good + " of " + uncached.size() + " (" + stats.answerList() + ", p99 " + Fmt.ms(stats.p99()) + " ms)",
                verdict(!uncached.isEmpty() && good == uncached.size())));
        for (String probe : List.of(FaultRunner.CACHED, FaultRunner.LIVENESS)) {
            List<Exchange> of = r.of(probe);
            ProbeStats all = ProbeStats.of(of);
            // Liveness answers read "200 UP": judged by the status, not the label.
            boolean every200 = of.stream().allMatch(e -> e.is(200));
            checks.add(new Check(
                    p99(probe),
                    "p99 " + Fmt.ms(all.p99()) + " ms; " + all.answerList(),
                    verdict(all.count() > 0 && all.p99() <= MAX_P99_MILLIS && every200)));
        }
        List<Exchange> readiness = r.of(FaultRunner.READINESS);
        OptionalDouble first503 = FaultFigures.firstAfter(readiness, fault, e -> e.is(503));
        ProbeStats during = ProbeStats.of(FaultFigures.startedIn(readiness, fault, resumed));
        checks.add(new Check(
                READINESS,
                "first 503 " + seconds(first503) + "; during: " + during.answerList() + ", max " + Fmt.ms(during.max())
                        + " ms",
                verdict(first503.isPresent()
                        && first503.getAsDouble() <= READINESS_TIMEOUT_SECONDS
                        && during.max() != null
                        && during.max() <= READINESS_TIMEOUT_SECONDS * 1000)));
        OptionalDouble uncached200 = FaultFigures.firstAfter(r.of(FaultRunner.UNCACHED), resumed, e -> e.is(200));
        OptionalDouble ready200 = FaultFigures.firstAfter(readiness, resumed, Exchange::healthy);
        OptionalDouble full = uncached200.isPresent() && ready200.isPresent()
                ? OptionalDouble.of(Math.max(uncached200.getAsDouble(), ready200.getAsDouble()))
                : OptionalDouble.empty();
        checks.add(new Check(
                FULL_SERVICE,
                seconds(full) + " (uncached 200 " + seconds(uncached200) + ", readiness 200 UP " + seconds(ready200)
                        + ")",
                verdict(full.isPresent() && full.getAsDouble() <= FULL_SERVICE_SECONDS)));
        return checks;
    }

    private static List<Check> mongoEmpty(FaultResult r, int depth) {
        List<Check> checks = new ArrayList<>();
        List<Exchange> all = r.exchanges();
        long shortAnswers = all.stream().filter(e -> e.shortAnswer(depth)).count();
        long empty = all.stream()
                .filter(e -> e.shortAnswer(depth) && e.rows().rows() == 0)
                .count();
        long outside = all.stream().filter(Exchange::wrongRanks).count();
        checks.add(new Check(
                SHORT, shortAnswers + " of " + all.size() + " (" + empty + " empty)", verdict(shortAnswers == 0)));
        checks.add(new Check(OUTSIDE, String.valueOf(outside), verdict(outside == 0)));
        long fault = r.timeline().attackStart();
        long published = r.timeline().attackStop();
        List<Exchange> until = FaultFigures.startedIn(all, fault, published);
        List<Exchange> notFull = until.stream().filter(e -> !e.full(depth)).toList();
        long bad = notFull.stream().filter(e -> !(e.is(503) && e.retryAfter())).count();
        checks.add(new Check(
                UNTIL,
                bad + " other answers of " + until.size() + " (full 200 " + (until.size() - notFull.size())
                        + "; not full: " + ProbeStats.of(notFull).answerList() + ")",
                verdict(!until.isEmpty() && bad == 0)));
        List<Exchange> after = FaultFigures.startedIn(all, published + (long) (SETTLE_SECONDS * 1e9), Long.MAX_VALUE);
        List<Exchange> afterBad = after.stream().filter(e -> !e.full(depth)).toList();
        checks.add(new Check(
                AFTER,
                afterBad.size() + " not full of " + after.size()
                        + (afterBad.isEmpty()
                                ? ""
                                : " (" + ProbeStats.of(afterBad).answerList() + ", short "
                                        + afterBad.stream()
                                                .filter(e -> e.shortAnswer(depth))
                                                .count() + ")"),
                verdict(!after.isEmpty() && afterBad.isEmpty())));
        return checks;
    }

    /** Normal throughput: 200s per second before the fault with no ingestion run going. */
    public static OptionalDouble normal(FaultResult r) {
        long clean = r.moment(FaultResult.CLEAN_FROM).orElse(r.timeline().start());
        return FaultFigures.mean(
                FaultFigures.perSecond(r.completions(), clean, r.timeline().attackStart()));
    }

    /** The lowest second from {@link #THROUGHPUT_FROM_SECONDS} into the fault to its end. */
    public static OptionalDouble minFrom(FaultResult r) {
        long from = r.timeline().attackStart() + THROUGHPUT_FROM_SECONDS * 1_000_000_000L;
        return FaultFigures.min(
                FaultFigures.perSecond(r.completions(), from, r.timeline().attackStop()));
    }

    private static List<Check> redis(FaultResult r) {
        List<Check> checks = new ArrayList<>();
        OptionalDouble normal = normal(r);
        OptionalDouble min = minFrom(r);
        boolean met = normal.isPresent()
                && min.isPresent()
                && min.getAsDouble() >= MIN_THROUGHPUT_SHARE * normal.getAsDouble();
        checks.add(new Check(
                THROUGHPUT,
                "min " + number(min) + "/s of normal " + number(normal) + "/s"
                        + (normal.isPresent() && min.isPresent() && normal.getAsDouble() > 0
                                ? " (" + Math.round(100 * min.getAsDouble() / normal.getAsDouble()) + " %)"
                                : ""),
                verdict(met)));
        Optional<IngestRun> baseline = r.run("baseline");
        Optional<IngestRun> during = r.run("during the fault");
        String measured = "baseline " + describe(baseline) + ", during " + describe(during);
        boolean ingestMet = baseline.isPresent()
                && during.isPresent()
                && baseline.get().completed()
                && during.get().completed()
                && Math.abs(during.get().runMillis().getAsLong()
                                - baseline.get().runMillis().getAsLong())
                        <= INGEST_TOLERANCE_SECONDS * 1000;
        checks.add(new Check(INGEST, measured, verdict(ingestMet)));
        return checks;
    }

    static String describe(Optional<IngestRun> run) {
        if (run.isEmpty()) {
            return "none";
        }
        IngestRun r = run.get();
        return (r.completed() ? r.runMillis().getAsLong() + " ms" : "not completed (" + r.outcome() + ")")
                + String.format(Locale.ROOT, ", wall %.1f s", r.wallSeconds());
    }

    static String seconds(OptionalDouble seconds) {
        return seconds.isPresent() ? String.format(Locale.ROOT, "%.2f s", seconds.getAsDouble()) : "never";
    }

    static String number(OptionalDouble value) {
        return value.isPresent() ? String.format(Locale.ROOT, "%.1f", value.getAsDouble()) : Fmt.NONE;
    }

    private static Verdict verdict(boolean met) {
        return met ? Verdict.MET : Verdict.MISSED;
    }
}
