package com.topcoins.chaos.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.topcoins.chaos.fault.Completion;
import com.topcoins.chaos.fault.FaultKind;
import com.topcoins.chaos.fault.FaultResult;
import com.topcoins.chaos.fault.FaultSettings;
import com.topcoins.chaos.fault.IngestRun;
import com.topcoins.chaos.phase.Timeline;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class FaultTargetsTest {

    private static final long S = 1_000_000_000L;

    /** 20 s: 10 s before (clean from 4 s), fault from 10 s to 20 s with {@code duringRate} 200s/s from 5 s into it. */
    private static FaultResult redis(int normalRate, int duringRate, long baselineMillis, long duringMillis) {
        List<Completion> completions = new ArrayList<>();
        for (int second = 0; second < 25; second++) {
            int rate = second >= 15 && second < 20 ? duringRate : normalRate;
            for (int i = 0; i < rate; i++) {
                long end = second * S + (i + 1) * (S / (rate + 1));
                completions.add(new Completion(end - 1000, end, 200, ""));
            }
        }
        List<IngestRun> runs = List.of(
                new IngestRun(
                        "coinmarketcap",
                        "baseline",
                        1 * S,
                        3 * S,
                        0,
                        OptionalLong.of(baselineMillis),
                        500,
                        "run 1 complete"),
                new IngestRun(
                        "coinmarketcap",
                        "during the fault",
                        10 * S,
                        14 * S,
                        0,
                        OptionalLong.of(duringMillis),
                        500,
                        "run 2 complete"));
        return new FaultResult(
                FaultKind.REDIS_HANG,
                true,
                "",
                new Timeline(0, 10 * S, 20 * S, 25 * S),
                Map.of(FaultResult.FAULT, 10 * S, FaultResult.CLEAN_FROM, 4 * S),
                List.of(),
                completions,
                runs,
                true);
    }

    @Test
    void redisThroughputAndIngestionAreJudged() {
        assertThat(Targets.overall(FaultTargets.checks(redis(100, 60, 1200, 1900), 500)))
                .isEqualTo(Targets.Verdict.MET);
        List<Targets.Check> slow = FaultTargets.checks(redis(100, 40, 1200, 31_000), 500);
        assertThat(slow).allMatch(c -> c.verdict() == Targets.Verdict.MISSED);
        assertThat(slow.get(0).measured()).isEqualTo("min 40.0/s of normal 100.0/s (40 %)");
        assertThat(slow.get(1).measured()).startsWith("baseline 1200 ms, wall 2.0 s, during 31000 ms");
    }

    @Test
    void aFaultNotRunIsNotAPassAndTheReportRendersIt() {
        FaultResult notRun = FaultResult.notRun(FaultKind.MONGO_HANG, "not selected by CHAOS_ONLY");
        assertThat(FaultTargets.checks(notRun, 500)).hasSize(5).allMatch(c -> c.verdict() == Targets.Verdict.NOT_RUN);
        String markdown = FaultReport.render(FaultSettings.full(), List.of(notRun, redis(100, 60, 1200, 1900)), 500);
        assertThat(markdown)
                .contains("### Targets (issue #12)")
                .contains("| MongoDB hangs (SIGSTOP) | not run (not selected by CHAOS_ONLY) | not run |")
                .contains(
                        "| Redis hangs (SIGSTOP) | throughput from 5 s into the fault ≥ 50 % of normal (every second) | min 60.0/s of normal 100.0/s (60 %) | met |")
                .contains("### Redis hangs (SIGSTOP) (`redis-hang`)");
    }
}
