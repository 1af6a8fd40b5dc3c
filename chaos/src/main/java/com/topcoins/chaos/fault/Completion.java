package com.topcoins.chaos.fault;

/**
 * One request of the closed-loop throughput client.
 *
 * @param status 0 when no answer came (its {@code failure} says why)
 */
public record Completion(long startNanos, long endNanos, int status, String failure) {

    public boolean ok() {
        return status == 200;
    }

    public double latencyMillis() {
        return (endNanos - startNanos) / 1e6;
    }
}
