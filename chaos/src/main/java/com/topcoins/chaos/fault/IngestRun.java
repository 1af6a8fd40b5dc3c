package com.topcoins.chaos.fault;

import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One ingestion run in mode {@code once}, started by the suite: wall time from process start to exit, and the
 * run's own duration from its log line "run … complete: N docs in X ms" (absent when the run failed or skipped).
 *
 * @param label     what the run was for: "baseline", "during the fault", "refill"
 * @param exitCode  the process's; 124 when the timeout killed it, -1 when it could not be started
 * @param outcome   the log line that says how the run ended, or why there is none
 */
public record IngestRun(
        String source,
        String label,
        long startNanos,
        long endNanos,
        int exitCode,
        OptionalLong runMillis,
        long docs,
        String outcome) {

    private static final Pattern COMPLETE = Pattern.compile("run \\S+ complete: (\\d+) docs in (\\d+) ms");
    private static final Pattern ENDED =
            Pattern.compile("(run \\S+ complete: .*|run \\S+ failed .*|run skipped: .*|run not started: .*)");

    public double wallSeconds() {
        return (endNanos - startNanos) / 1e9;
    }

    public boolean completed() {
        return runMillis.isPresent();
    }

    static IngestRun of(String source, String label, long startNanos, long endNanos, int exitCode, String log) {
        Matcher complete = COMPLETE.matcher(log);
        OptionalLong millis = OptionalLong.empty();
        long docs = 0;
        if (complete.find()) {
            docs = Long.parseLong(complete.group(1));
            millis = OptionalLong.of(Long.parseLong(complete.group(2)));
        }
        Matcher ended = ENDED.matcher(log);
        String outcome = ended.find()
                ? ended.group(1).strip()
                : exitCode == 124
                        ? "killed by the timeout, no end-of-run line"
                        : "no end-of-run line (exit " + exitCode + ")";
        return new IngestRun(source, label, startNanos, endNanos, exitCode, millis, docs, outcome);
    }
}
