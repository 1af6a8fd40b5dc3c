package com.topcoins.chaos.report;

import com.topcoins.chaos.attack.AttackKind;
import com.topcoins.chaos.attack.AttackReport;
import com.topcoins.chaos.attack.Counter;
import com.topcoins.chaos.client.LatencyStats;
import com.topcoins.chaos.phase.PhaseResult;
import com.topcoins.chaos.phase.RedisPoint;
import com.topcoins.chaos.phase.Timeline;
import com.topcoins.chaos.phase.Window;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/** Phase results made up for the report's tests. */
final class Fixtures {

    private Fixtures() {}

    static LatencyStats stats(int count, Double p99, int errors) {
        Map<String, Integer> kinds = errors == 0 ? Map.of() : Map.of("timeout", errors);
        return new LatencyStats(count, count - errors, p99 == null ? null : p99 / 2, p99, p99, errors, kinds);
    }

    static PhaseResult phase(
            AttackKind kind,
            LatencyStats during,
            OptionalDouble recovery,
            long rssMib,
            long oomLines,
            AttackReport attack,
            long logLines) {
        Map<Window, LatencyStats> normal = new EnumMap<>(Window.class);
        normal.put(Window.BEFORE, stats(100, 8.0, 0));
        normal.put(Window.ATTACK, during);
        normal.put(Window.AFTER, stats(100, 9.0, 0));
        Map<Window, Long> rss = new EnumMap<>(Window.class);
        rss.put(Window.BEFORE, 200 * 1024L);
        rss.put(Window.ATTACK, rssMib * 1024);
        rss.put(Window.AFTER, 210 * 1024L);
        RedisPoint redis = new RedisPoint(1 << 20, 3);
        return new PhaseResult(
                kind,
                true,
                false,
                "",
                new Timeline(0, 10_000_000_000L, 41_000_000_000L, 51_000_000_000L),
                normal,
                recovery,
                rss,
                OptionalLong.of(48 * 1024),
                "heap",
                redis,
                redis,
                redis,
                redis,
                2 << 20,
                oomLines,
                true,
                logLines,
                attack,
                List.of(),
                List.of());
    }

    static AttackReport counters(long requests, long serverErrors) {
        return new AttackReport(List.of(new Counter("connections attempted", 2000)), List.of(), requests, serverErrors);
    }
}
