package com.topcoins.chaos.report;

import static com.topcoins.chaos.report.Fixtures.counters;
import static com.topcoins.chaos.report.Fixtures.phase;
import static com.topcoins.chaos.report.Fixtures.stats;
import static org.assertj.core.api.Assertions.assertThat;

import com.topcoins.chaos.attack.AttackKind;
import com.topcoins.chaos.phase.PhaseResult;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class TargetsTest {

    @Test
    void aHealthySlowlorisPhaseMeetsEveryTarget() {
        PhaseResult result =
                phase(AttackKind.SLOWLORIS, stats(300, 40.0, 0), OptionalDouble.of(0.1), 230, 0, counters(0, 0), 0);
        List<Targets.Check> checks = Targets.checks(result);
        assertThat(checks).hasSize(5).allMatch(c -> c.verdict() == Targets.Verdict.MET);
        assertThat(Targets.overall(checks)).isEqualTo(Targets.Verdict.MET);
    }

    @Test
    void eachBrokenTargetIsMissedOnItsOwn() {
        assertThat(missed(phase(
                        AttackKind.GREEDY, stats(300, 1000.5, 0), OptionalDouble.of(0.1), 230, 0, counters(0, 0), 0)))
                .containsExactly("normal-client p99 during the attack ≤ 1000 ms");
        assertThat(missed(phase(
                        AttackKind.GREEDY, stats(300, 40.0, 1), OptionalDouble.of(0.1), 230, 0, counters(0, 0), 0)))
                .containsExactly("normal-client errors during the attack = 0");
        assertThat(missed(phase(
                        AttackKind.SLOWLORIS, stats(300, 40.0, 0), OptionalDouble.of(5.01), 230, 0, counters(0, 0), 0)))
                .containsExactly("recovery ≤ 5 s");
        assertThat(missed(phase(
                        AttackKind.SLOWLORIS, stats(300, 40.0, 0), OptionalDouble.empty(), 230, 0, counters(0, 0), 0)))
                .containsExactly("recovery ≤ 5 s");
        assertThat(missed(phase(
                        AttackKind.SLOWLORIS, stats(300, 40.0, 0), OptionalDouble.of(1), 257, 2, counters(0, 0), 0)))
                .containsExactly("no OutOfMemoryError", "front API RSS during the attack ≤ 256 MiB");
        // Nothing succeeded: no p99 to compare is a miss, not a pass.
        assertThat(missed(phase(
                        AttackKind.SLOWLORIS,
                        stats(300, null, 300),
                        OptionalDouble.empty(),
                        230,
                        0,
                        counters(0, 0),
                        0)))
                .contains("normal-client p99 during the attack ≤ 1000 ms");
    }

    @Test
    void theMalformedFloodIsJudgedOnServerErrorsAndLogLines() {
        PhaseResult clean = phase(
                AttackKind.MALFORMED, stats(300, 40.0, 0), OptionalDouble.of(0.1), 230, 0, counters(1000, 0), 1000);
        assertThat(Targets.overall(Targets.checks(clean))).isEqualTo(Targets.Verdict.MET);
        PhaseResult noisy = phase(
                AttackKind.MALFORMED, stats(300, 40.0, 0), OptionalDouble.of(0.1), 230, 0, counters(1000, 250), 15_000);
        assertThat(missed(noisy)).containsExactly("responses ≥ 500 = 0", "front API log lines per bad request ≤ 1");
        assertThat(Targets.checks(noisy).get(1).measured()).isEqualTo("15.00 (15000 lines)");
    }

    @Test
    void distinctWindowsAreJudgedOnMemoryOnlyAndAPhaseNotRunIsNotAPass() {
        PhaseResult windows = phase(
                AttackKind.DISTINCT_WINDOWS, stats(300, 40.0, 0), OptionalDouble.of(0.1), 266, 0, counters(5000, 0), 0);
        assertThat(missed(windows)).containsExactly("front API RSS during the attack ≤ 256 MiB");
        List<Targets.Check> notRun =
                Targets.checks(PhaseResult.notRun(AttackKind.GREEDY, "the front API died during slowloris"));
        assertThat(notRun).hasSize(5).allMatch(c -> c.verdict() == Targets.Verdict.NOT_RUN);
        assertThat(Targets.overall(notRun)).isEqualTo(Targets.Verdict.NOT_RUN);
    }

    private static List<String> missed(PhaseResult result) {
        return Targets.checks(result).stream()
                .filter(c -> c.verdict() == Targets.Verdict.MISSED)
                .map(Targets.Check::target)
                .toList();
    }
}
