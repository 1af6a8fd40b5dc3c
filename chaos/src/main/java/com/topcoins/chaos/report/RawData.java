package com.topcoins.chaos.report;

import com.topcoins.chaos.attack.AttackReport;
import com.topcoins.chaos.attack.Counter;
import com.topcoins.chaos.client.Sample;
import com.topcoins.chaos.phase.PhaseResult;
import com.topcoins.chaos.probe.ProbeSample;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The measurements behind the report, as CSV and plain text, for anyone who wants to look closer. */
public final class RawData {

    public static final List<String> FILES = List.of(
            "normal-client.csv",
            "probes.csv",
            "attack-counters.csv",
            "malformed-inputs.csv",
            "summary.csv",
            "targets.csv",
            "heap-<attack>.txt");

    private RawData() {}

    /** @param origin the nanoTime all times are given from, in seconds */
    public static List<Path> write(Path dir, List<PhaseResult> results, long origin) {
        List<Path> written = new ArrayList<>();
        Table normal = new Table("attack", "window", "scheduled_s", "latency_ms", "outcome", "status");
        Table probes =
                new Table("attack", "window", "t_s", "rss_kib", "alive", "redis_used_bytes", "log_lines", "oom_lines");
        Table counters = new Table("attack", "counter", "value");
        Table inputs = null;
        for (PhaseResult r : results) {
            if (!r.ran()) {
                continue;
            }
            String attack = r.kind().slug();
            for (Sample s : r.samples()) {
                normal.add(
                        attack,
                        r.timeline().windowOf(s.scheduledNanos()).label,
                        seconds(s.scheduledNanos() - origin),
                        String.format(Locale.ROOT, "%.3f", s.latencyMillis()),
                        s.outcome().label,
                        s.status());
            }
            for (ProbeSample p : r.probes()) {
                probes.add(
                        attack,
                        r.timeline().windowOf(p.nanos()).label,
                        seconds(p.nanos() - origin),
                        p.rssKib(),
                        p.alive(),
                        p.redisUsedBytes(),
                        p.logLines(),
                        p.oomLines());
            }
            for (Counter c : r.attack().counters()) {
                counters.add(attack, c.name(), c.value());
            }
            for (AttackReport.Titled detail : r.attack().details()) {
                inputs = detail.table();
            }
            written.add(write(dir.resolve("heap-" + attack + ".txt"), r.heapOutput() + "\n"));
        }
        written.add(write(dir.resolve("normal-client.csv"), normal.csv()));
        written.add(write(dir.resolve("probes.csv"), probes.csv()));
        written.add(write(dir.resolve("attack-counters.csv"), counters.csv()));
        if (inputs != null) {
            written.add(write(dir.resolve("malformed-inputs.csv"), inputs.csv()));
        }
        written.add(write(dir.resolve("summary.csv"), Report.summary(results).csv()));
        written.add(write(dir.resolve("targets.csv"), Report.targets(results).csv()));
        return written;
    }

    private static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.3f", nanos / 1e9);
    }

    public static Path write(Path file, String text) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, text);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
