package com.topcoins.benchmarks.freshness;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Only the arithmetic: the benchmarks themselves are mains run by benchmarks/run.sh, never tests. */
class FreshnessBenchmarkTest {

    @Test
    void percentilesAreNearestRank() {
        double[] sorted = new double[50];
        for (int i = 0; i < sorted.length; i++) {
            sorted[i] = i + 1;
        }
        assertThat(FreshnessBenchmark.percentile(sorted, 50)).isEqualTo(25);
        assertThat(FreshnessBenchmark.percentile(sorted, 99)).isEqualTo(50);
        assertThat(FreshnessBenchmark.percentile(new double[] {7}, 99)).isEqualTo(7);
    }
}
