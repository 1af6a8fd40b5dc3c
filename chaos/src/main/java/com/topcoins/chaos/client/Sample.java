package com.topcoins.chaos.client;

/**
 * One normal-client request. Times are {@link System#nanoTime()}: {@code start} is when the connect began,
 * {@code end} when the last byte arrived or the request failed; {@code status} is 0 when there was none.
 */
public record Sample(long scheduledNanos, long startNanos, long endNanos, Outcome outcome, int status) {

    public double latencyMillis() {
        return (endNanos - startNanos) / 1e6;
    }

    public boolean ok() {
        return outcome == Outcome.OK;
    }

    /** The error as reported: a wrong status names the status. */
    public String errorLabel() {
        return outcome == Outcome.STATUS ? "status " + status : outcome.label;
    }
}
