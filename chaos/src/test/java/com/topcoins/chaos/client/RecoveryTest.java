package com.topcoins.chaos.client;

import static com.topcoins.chaos.client.LatencyStatsTest.failed;
import static com.topcoins.chaos.client.LatencyStatsTest.ok;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecoveryTest {

    private static final long STOP = 10_000L * 1_000_000; // 10 s in nanos

    @Test
    void recoveredAtOnceIsTheFirstAnswerAfterTheStop() {
        List<Sample> samples = new ArrayList<>();
        samples.add(failed(9_900, Outcome.TIMEOUT, 0)); // before the stop: ignored
        for (int i = 0; i < 5; i++) {
            samples.add(ok(10_050 + i * 100, 20));
        }
        assertThat(Recovery.seconds(samples, STOP, 5)).hasValueCloseTo(0.07, within(1e-9));
    }

    @Test
    void aLoneSuccessBetweenFailuresIsNotRecovery() {
        List<Sample> samples = new ArrayList<>(List.of(
                failed(10_000, Outcome.TIMEOUT, 0),
                ok(10_100, 5),
                failed(10_200, Outcome.STATUS, 503),
                ok(10_300, 5),
                ok(10_400, 5),
                ok(10_500, 5),
                ok(10_600, 5),
                failed(10_700, Outcome.RESET, 0),
                ok(10_800, 10),
                ok(10_900, 5),
                ok(11_000, 5),
                ok(11_100, 5),
                ok(11_200, 5)));
        // Schedule order, not list order, decides what is consecutive.
        java.util.Collections.reverse(samples);
        assertThat(Recovery.seconds(samples, STOP, 5)).hasValueCloseTo(0.81, within(1e-9));
    }

    @Test
    void neverRecoveredIsEmpty() {
        List<Sample> samples =
                List.of(ok(10_100, 5), ok(10_200, 5), ok(10_300, 5), ok(10_400, 5), failed(10_500, Outcome.TIMEOUT, 0));
        assertThat(Recovery.seconds(samples, STOP, 5)).isEmpty();
        assertThat(Recovery.seconds(List.of(), STOP, 5)).isEmpty();
    }
}
