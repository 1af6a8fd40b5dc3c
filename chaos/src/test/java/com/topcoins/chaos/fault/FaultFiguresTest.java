package com.topcoins.chaos.fault;

import static org.assertj.core.api.Assertions.assertThat;

import com.topcoins.chaos.client.Outcome;
import java.util.List;
import org.junit.jupiter.api.Test;

class FaultFiguresTest {

    private static final long S = 1_000_000_000L;

    static Exchange exchange(long startSeconds, double latencySeconds, int status) {
        long start = startSeconds * S;
        return new Exchange(
                "uncached",
                "/?start=101&limit=2",
                101,
                2,
                start,
                start,
                start + (long) (latencySeconds * S),
                status == 0 ? Outcome.TIMEOUT : Outcome.OK,
                status,
                status == 503,
                null,
                "");
    }

    @Test
    void firstAndSteadyAfterAMoment() {
        List<Exchange> exchanges = List.of(
                exchange(1, 0.1, 200),
                exchange(2, 10, 0),
                exchange(3, 0.5, 503),
                exchange(4, 0.2, 200),
                exchange(5, 0.1, 503),
                exchange(6, 0.1, 200),
                exchange(7, 0.1, 200));
        assertThat(FaultFigures.firstAfter(exchanges, 2 * S, e -> e.is(503))).hasValue(1.5);
        assertThat(FaultFigures.firstAfter(exchanges, 2 * S, e -> e.is(200))).hasValue(2.2);
        assertThat(FaultFigures.steadyAfter(exchanges, 2 * S, e -> e.is(200))).hasValue(4.1);
        assertThat(FaultFigures.steadyAfter(exchanges, 2 * S, e -> e.is(503))).isEmpty();
        assertThat(FaultFigures.firstAfter(exchanges, 8 * S, e -> true)).isEmpty();
    }

    @Test
    void statsCountANoAnswerWithTheTimeItWaited() {
        ProbeStats stats = ProbeStats.of(List.of(exchange(1, 0.01, 200), exchange(2, 10, 0), exchange(3, 0.02, 503)));
        assertThat(stats.count()).isEqualTo(3);
        assertThat(stats.answerList()).isEqualTo("200 ×1, 503 ×1, no answer ×1");
        assertThat(stats.max()).isEqualTo(10_000.0);
        assertThat(stats.status503()).isEqualTo(1);
        assertThat(stats.retryAfter503()).isEqualTo(1);
    }

    @Test
    void throughputPerWholeSecond() {
        List<Completion> completions = List.of(
                new Completion(0, S / 2, 200, ""),
                new Completion(0, S / 2 + 1, 200, ""),
                new Completion(0, S + 1, 503, ""),
                new Completion(0, 2 * S + 5, 200, ""),
                new Completion(0, 3 * S + 5, 200, ""));
        int[] perSecond = FaultFigures.perSecond(completions, 0, 3 * S);
        assertThat(perSecond).containsExactly(2, 0, 1);
        assertThat(FaultFigures.min(perSecond)).hasValue(0);
        assertThat(FaultFigures.mean(perSecond)).hasValue(1.0);
        assertThat(FaultFigures.failures(completions, 0, 3 * S)).isEqualTo(1);
    }

    @Test
    void shortAndWrongAnswersAreJudgedInsideTheDepthOnly() {
        long t = 0;
        Exchange full =
                new Exchange("cached", "/?limit=2", 1, 2, t, t, t, Outcome.OK, 200, false, new Rows(2, 2, 0), "");
        Exchange empty =
                new Exchange("cached", "/?limit=2", 1, 2, t, t, t, Outcome.OK, 200, false, new Rows(0, 0, 0), "");
        Exchange beyond = new Exchange(
                "cached", "/?start=500&limit=2", 500, 2, t, t, t, Outcome.OK, 200, false, new Rows(1, 1, 0), "");
        Exchange wrong =
                new Exchange("cached", "/?limit=2", 1, 2, t, t, t, Outcome.OK, 200, false, new Rows(2, 2, 1), "");
        assertThat(full.full(500)).isTrue();
        assertThat(empty.shortAnswer(500)).isTrue();
        assertThat(beyond.shortAnswer(500)).isFalse();
        assertThat(wrong.wrongRanks()).isTrue();
        assertThat(wrong.full(500)).isFalse();
    }
}
