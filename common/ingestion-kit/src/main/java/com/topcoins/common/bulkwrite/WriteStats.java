package com.topcoins.common.bulkwrite;

import java.time.Duration;

/** What one bulk write did, for logs and benchmarks. */
public record WriteStats(int documents, int chunks, int threads, Duration elapsed) {

    public double docsPerSecond() {
        long nanos = Math.max(1, elapsed.toNanos());
        return documents * 1_000_000_000.0 / nanos;
    }
}
