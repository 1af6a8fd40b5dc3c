package com.topcoins.chaos.client;

import java.util.Comparator;
import java.util.List;
import java.util.OptionalDouble;

/**
 * How long after an attack stopped the normal client was served again, judged by a run of consecutive
 * successes so one lucky request between failures does not count as recovered.
 */
public final class Recovery {

    private Recovery() {}

    /**
     * @return seconds from {@code stopNanos} to the end of the first request of the first run of {@code run}
     *         consecutive successes started at or after it (consecutive in schedule order), or empty if there is none
     */
    public static OptionalDouble seconds(List<Sample> samples, long stopNanos, int run) {
        List<Sample> after = samples.stream()
                .filter(s -> s.scheduledNanos() >= stopNanos)
                .sorted(Comparator.comparingLong(Sample::scheduledNanos))
                .toList();
        int streak = 0;
        for (int i = 0; i < after.size(); i++) {
            streak = after.get(i).ok() ? streak + 1 : 0;
            if (streak == run) {
                Sample first = after.get(i - run + 1);
                return OptionalDouble.of(Math.max(0, first.endNanos() - stopNanos) / 1e9);
            }
        }
        return OptionalDouble.empty();
    }
}
