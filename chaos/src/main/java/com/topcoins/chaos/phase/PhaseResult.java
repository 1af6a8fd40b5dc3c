package com.topcoins.chaos.phase;

import com.topcoins.chaos.attack.AttackKind;
import com.topcoins.chaos.attack.AttackReport;
import com.topcoins.chaos.client.LatencyStats;
import com.topcoins.chaos.client.Sample;
import com.topcoins.chaos.probe.ProbeSample;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * Everything measured in one phase. A phase that did not run (the front API had died before it) has
 * {@code ran == false} and only its kind and note.
 *
 * @param note                  what went differently from plan, or empty
 * @param maxRssKib             per window, -1 when no reading
 * @param redisMaxUsedDuringAttack bytes, -1 when no reading
 * @param oomLinesInPhase       OutOfMemoryError lines the front API logged during this phase
 * @param logLinesDuringAttack  lines the front API logged from the attack's start to its stop
 */
public record PhaseResult(
        AttackKind kind,
        boolean ran,
        boolean died,
        String note,
        Timeline timeline,
        Map<Window, LatencyStats> normal,
        OptionalDouble recoverySeconds,
        Map<Window, Long> maxRssKib,
        OptionalLong heapAfterGcKib,
        String heapOutput,
        RedisPoint redisAtStart,
        RedisPoint redisAtAttackStart,
        RedisPoint redisAtAttackStop,
        RedisPoint redisAtEnd,
        long redisMaxUsedDuringAttack,
        long oomLinesInPhase,
        boolean aliveAtEnd,
        long logLinesDuringAttack,
        AttackReport attack,
        List<Sample> samples,
        List<ProbeSample> probes) {

    public static PhaseResult notRun(AttackKind kind, String note) {
        return new PhaseResult(
                kind,
                false,
                false,
                note,
                null,
                Map.of(),
                OptionalDouble.empty(),
                Map.of(),
                OptionalLong.empty(),
                "",
                null,
                null,
                null,
                null,
                -1,
                0,
                false,
                0,
                null,
                List.of(),
                List.of());
    }

    public LatencyStats normal(Window window) {
        return normal.get(window);
    }

    public long maxRssKib(Window window) {
        return maxRssKib.getOrDefault(window, -1L);
    }

    /** Front API log lines per request the attack sent (the malformed flood's cost in logging). */
    public OptionalDouble logLinesPerRequest() {
        return attack == null || attack.requests() == 0
                ? OptionalDouble.empty()
                : OptionalDouble.of((double) logLinesDuringAttack / attack.requests());
    }
}
