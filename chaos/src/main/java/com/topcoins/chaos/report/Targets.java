package com.topcoins.chaos.report;

import com.topcoins.chaos.attack.AttackKind;
import com.topcoins.chaos.client.LatencyStats;
import com.topcoins.chaos.phase.PhaseResult;
import com.topcoins.chaos.phase.Window;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/** The targets of issue #11, checked against what was measured: the verdicts are computed, never written by hand. */
public final class Targets {

    public static final double MAX_P99_MILLIS = 1000;
    public static final int MAX_NORMAL_ERRORS = 0;
    public static final double MAX_RECOVERY_SECONDS = 5;
    public static final long MAX_SERVER_ERRORS = 0;
    public static final double MAX_LOG_LINES_PER_BAD_REQUEST = 1;
    public static final long MAX_RSS_MIB = 256;

    public enum Verdict {
        MET("met"),
        MISSED("**missed**"),
        NOT_RUN("not run");

        public final String label;

        Verdict(String label) {
            this.label = label;
        }
    }

    public record Check(String target, String measured, Verdict verdict) {}

    private Targets() {}

    /** The targets as the report states them, one line each. */
    public static List<String> statements() {
        return List.of(
                "under slowloris and under greedy: no `OutOfMemoryError`, normal-client p99 during the attack ≤ "
                        + (long) MAX_P99_MILLIS + " ms with " + MAX_NORMAL_ERRORS + " errors, recovery ≤ "
                        + (long) MAX_RECOVERY_SECONDS + " s;",
                "malformed flood: " + MAX_SERVER_ERRORS + " responses ≥ 500 and ≤ "
                        + (long) MAX_LOG_LINES_PER_BAD_REQUEST + " front API log line per bad request;",
                "every attack: front API RSS ≤ " + MAX_RSS_MIB + " MiB during the attack.");
    }

    public static List<Check> checks(PhaseResult result) {
        List<Check> checks = new ArrayList<>();
        if (!result.ran()) {
            for (String target : targetsOf(result.kind())) {
                checks.add(new Check(target, "not run: " + result.note(), Verdict.NOT_RUN));
            }
            return checks;
        }
        if (result.kind() == AttackKind.SLOWLORIS
                || result.kind() == AttackKind.SLOWLORIS_SPREAD
                || result.kind() == AttackKind.GREEDY) {
            checks.add(new Check(
                    "no OutOfMemoryError",
                    result.oomLinesInPhase() + " lines in the log",
                    verdict(result.oomLinesInPhase() == 0)));
            LatencyStats during = result.normal(Window.ATTACK);
            checks.add(new Check(
                    "normal-client p99 during the attack ≤ " + (long) MAX_P99_MILLIS + " ms",
                    Fmt.ms(during.p99()) + " ms",
                    verdict(during.p99() != null && during.p99() <= MAX_P99_MILLIS)));
            checks.add(new Check(
                    "normal-client errors during the attack = " + MAX_NORMAL_ERRORS,
                    during.errors() + " of " + during.count()
                            + (during.errors() > 0 ? " (" + during.errorBreakdown() + ")" : ""),
                    verdict(during.count() > 0 && during.errors() <= MAX_NORMAL_ERRORS)));
            OptionalDouble recovery = result.recoverySeconds();
            checks.add(new Check(
                    "recovery ≤ " + (long) MAX_RECOVERY_SECONDS + " s",
                    Fmt.seconds(recovery) + (recovery.isPresent() ? " s" : ""),
                    verdict(recovery.isPresent() && recovery.getAsDouble() <= MAX_RECOVERY_SECONDS)));
        }
        if (result.kind() == AttackKind.MALFORMED) {
            long errors = result.attack().serverErrors();
            checks.add(new Check(
                    "responses ≥ 500 = " + MAX_SERVER_ERRORS,
                    errors + " of " + result.attack().requests(),
                    verdict(result.attack().requests() > 0 && errors <= MAX_SERVER_ERRORS)));
            OptionalDouble perRequest = result.logLinesPerRequest();
            checks.add(new Check(
                    "front API log lines per bad request ≤ " + (long) MAX_LOG_LINES_PER_BAD_REQUEST,
                    Fmt.ratio(perRequest) + " (" + result.logLinesDuringAttack() + " lines)",
                    verdict(perRequest.isPresent() && perRequest.getAsDouble() <= MAX_LOG_LINES_PER_BAD_REQUEST)));
        }
        long rssKib = result.maxRssKib(Window.ATTACK);
        checks.add(new Check(
                "front API RSS during the attack ≤ " + MAX_RSS_MIB + " MiB",
                Fmt.mibOfKib(rssKib) + " MiB",
                verdict(rssKib >= 0 && rssKib <= MAX_RSS_MIB * 1024)));
        return checks;
    }

    /** Met only when every check is met. */
    public static Verdict overall(List<Check> checks) {
        if (checks.stream().anyMatch(c -> c.verdict() == Verdict.NOT_RUN)) {
            return Verdict.NOT_RUN;
        }
        return checks.stream().allMatch(c -> c.verdict() == Verdict.MET) ? Verdict.MET : Verdict.MISSED;
    }

    private static List<String> targetsOf(AttackKind kind) {
        String rss = "front API RSS during the attack ≤ " + MAX_RSS_MIB + " MiB";
        return switch (kind) {
            case SLOWLORIS, SLOWLORIS_SPREAD, GREEDY ->
                List.of(
                        "no OutOfMemoryError",
                        "normal-client p99 during the attack ≤ " + (long) MAX_P99_MILLIS + " ms",
                        "normal-client errors during the attack = " + MAX_NORMAL_ERRORS,
                        "recovery ≤ " + (long) MAX_RECOVERY_SECONDS + " s",
                        rss);
            case MALFORMED ->
                List.of(
                        "responses ≥ 500 = " + MAX_SERVER_ERRORS,
                        "front API log lines per bad request ≤ " + (long) MAX_LOG_LINES_PER_BAD_REQUEST,
                        rss);
            case DISTINCT_WINDOWS -> List.of(rss);
        };
    }

    private static Verdict verdict(boolean met) {
        return met ? Verdict.MET : Verdict.MISSED;
    }
}
