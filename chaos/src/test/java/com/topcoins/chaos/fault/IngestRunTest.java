package com.topcoins.chaos.fault;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IngestRunTest {

    @Test
    void readsTheRunsOwnDurationFromItsLog() {
        String log = "12:00:01 INFO coinmarketcap run 6745 started, depth 500\n"
                + "12:00:02 INFO coinmarketcap run 6745 complete: 500 docs in 1234 ms (write 900 docs/s)\n";
        IngestRun run = IngestRun.of("coinmarketcap", "baseline", 0, 5_000_000_000L, 0, log);
        assertThat(run.completed()).isTrue();
        assertThat(run.runMillis()).hasValue(1234);
        assertThat(run.docs()).isEqualTo(500);
        assertThat(run.wallSeconds()).isEqualTo(5.0);
        assertThat(run.outcome()).startsWith("run 6745 complete: 500 docs in 1234 ms");
    }

    @Test
    void aFailedSkippedOrKilledRunHasNoDuration() {
        assertThat(IngestRun.of("cc", "x", 0, 1, 1, "cryptocompare run 1 failed after 40 ms: boom\n")
                        .outcome())
                .isEqualTo("run 1 failed after 40 ms: boom");
        assertThat(IngestRun.of("cc", "x", 0, 1, 0, "cryptocompare run skipped: another instance holds the lock\n")
                        .completed())
                .isFalse();
        assertThat(IngestRun.of("cc", "x", 0, 1, 124, "").outcome()).contains("timeout");
    }
}
