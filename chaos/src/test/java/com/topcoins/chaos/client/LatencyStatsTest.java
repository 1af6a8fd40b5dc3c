package com.topcoins.chaos.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LatencyStatsTest {

    static Sample ok(long startMillis, double latencyMillis) {
        long start = startMillis * 1_000_000;
        return new Sample(start, start, start + (long) (latencyMillis * 1_000_000), Outcome.OK, 200);
    }

    static Sample failed(long startMillis, Outcome outcome, int status) {
        long start = startMillis * 1_000_000;
        return new Sample(start, start, start + 1_000_000, outcome, status);
    }

    @Test
    void percentilesAreNearestRank() {
        double[] sorted = new double[100];
        for (int i = 0; i < sorted.length; i++) {
            sorted[i] = i + 1;
        }
        assertThat(LatencyStats.percentile(sorted, 50)).isEqualTo(50);
        assertThat(LatencyStats.percentile(sorted, 99)).isEqualTo(99);
        assertThat(LatencyStats.percentile(sorted, 100)).isEqualTo(100);
        assertThat(LatencyStats.percentile(new double[] {7}, 99)).isEqualTo(7);
        assertThat(LatencyStats.percentile(new double[] {1, 2, 3}, 50)).isEqualTo(2);
        assertThat(LatencyStats.percentile(List.of(3.0, 1.0, 2.0), 99)).isEqualTo(3);
        assertThatThrownBy(() -> LatencyStats.percentile(new double[0], 50))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void percentilesCoverSuccessesOnlyAndErrorsAreCountedByKind() {
        List<Sample> samples = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            samples.add(ok(i * 100, i));
        }
        samples.add(failed(2000, Outcome.TIMEOUT, 0));
        samples.add(failed(2100, Outcome.TIMEOUT, 0));
        samples.add(failed(2200, Outcome.STATUS, 503));
        samples.add(failed(2300, Outcome.REFUSED, 0));

        LatencyStats stats = LatencyStats.of(samples);

        assertThat(stats.count()).isEqualTo(14);
        assertThat(stats.ok()).isEqualTo(10);
        assertThat(stats.errors()).isEqualTo(4);
        assertThat(stats.p50()).isEqualTo(5.0);
        assertThat(stats.p99()).isEqualTo(10.0);
        assertThat(stats.max()).isEqualTo(10.0);
        assertThat(stats.errorKinds())
                .containsEntry("timeout", 2)
                .containsEntry("status 503", 1)
                .containsEntry("connect refused", 1);
        assertThat(stats.errorBreakdown()).isEqualTo("connect refused 1, status 503 1, timeout 2");
    }

    @Test
    void aWindowWithoutSuccessesHasNoPercentiles() {
        LatencyStats stats = LatencyStats.of(List.of(failed(0, Outcome.RESET, 0)));
        assertThat(stats.p50()).isNull();
        assertThat(stats.p99()).isNull();
        assertThat(stats.max()).isNull();
        assertThat(stats.errors()).isEqualTo(1);

        LatencyStats empty = LatencyStats.of(List.of());
        assertThat(empty.count()).isZero();
        assertThat(empty.errorBreakdown()).isEqualTo("none");
    }
}
