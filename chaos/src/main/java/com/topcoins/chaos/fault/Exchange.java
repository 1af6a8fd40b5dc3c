package com.topcoins.chaos.fault;

import com.topcoins.chaos.client.Outcome;

/**
 * One request of a fault phase's probe. {@code outcome} is {@link Outcome#OK} whenever a complete HTTP answer
 * arrived in time, whatever its status; {@code rows} is null unless the body was a 200 JSON page that was parsed.
 *
 * @param probe      which probe sent it: cached, uncached, liveness, readiness
 * @param start      the window asked for (1-based), 0 when the path is not a window
 * @param limit      the rows asked for, 0 when the path is not a window
 * @param retryAfter whether the answer carried a Retry-After header
 * @param health     an Actuator health answer's top-level status (UP, DOWN, …), else empty
 */
public record Exchange(
        String probe,
        String path,
        int start,
        int limit,
        long scheduledNanos,
        long startNanos,
        long endNanos,
        Outcome outcome,
        int status,
        boolean retryAfter,
        Rows rows,
        String health) {

    public boolean answered() {
        return outcome == Outcome.OK;
    }

    public double latencyMillis() {
        return (endNanos - startNanos) / 1e6;
    }

    /** "200", "503", "200 DOWN" for a health answer, or how it failed ("no answer": none complete in time). */
    public String answer() {
        if (!answered()) {
            return outcome == Outcome.TIMEOUT ? "no answer" : outcome.label;
        }
        return health.isEmpty() ? String.valueOf(status) : status + " " + health;
    }

    /** A health answer that says the service can take traffic: 200 and UP (or DEGRADED: Redis only). */
    public boolean healthy() {
        return is(200) && (health.equals("UP") || health.equals("DEGRADED"));
    }

    public boolean is(int code) {
        return answered() && status == code;
    }

    /** A 200 with fewer rows than asked for although the window lies inside the ranking's depth. */
    public boolean shortAnswer(int depth) {
        return is(200) && rows != null && limit > 0 && start + limit - 1 <= depth && rows.rows() < limit;
    }

    /** A 200 with a row whose rank lies outside the window asked for. */
    public boolean wrongRanks() {
        return is(200) && rows != null && rows.outside() > 0;
    }

    /** What the user wanted: 200 with every row (when the rows were checked). */
    public boolean full(int depth) {
        return is(200) && !shortAnswer(depth) && !wrongRanks();
    }
}
