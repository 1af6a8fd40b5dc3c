package com.topcoins.chaos.fault;

import java.util.Arrays;
import java.util.List;
import java.util.OptionalDouble;
import java.util.function.Predicate;

/** The figures the report and the targets read off a fault phase's raw requests. */
public final class FaultFigures {

    private FaultFigures() {}

    /** The requests started in [from, to). */
    public static List<Exchange> startedIn(List<Exchange> exchanges, long from, long to) {
        return exchanges.stream()
                .filter(e -> e.startNanos() >= from && e.startNanos() < to)
                .toList();
    }

    /** Seconds from {@code from} to the end of the first request started at or after it that matches. */
    public static OptionalDouble firstAfter(List<Exchange> exchanges, long from, Predicate<Exchange> matches) {
        return exchanges.stream()
                .filter(e -> e.startNanos() >= from && matches.test(e))
                .mapToLong(Exchange::endNanos)
                .min()
                .stream()
                .mapToDouble(end -> Math.max(0, end - from) / 1e9)
                .findFirst();
    }

    /**
     * Seconds from {@code from} to the end of the first request of the last unbroken run of matching requests
     * (in start order) that reaches the end: from then on every request matched. Empty when the last one did not.
     */
    public static OptionalDouble steadyAfter(List<Exchange> exchanges, long from, Predicate<Exchange> matches) {
        List<Exchange> after = exchanges.stream()
                .filter(e -> e.startNanos() >= from)
                .sorted(java.util.Comparator.comparingLong(Exchange::startNanos))
                .toList();
        int first = after.size();
        while (first > 0 && matches.test(after.get(first - 1))) {
            first--;
        }
        if (first == after.size()) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(Math.max(0, after.get(first).endNanos() - from) / 1e9);
    }

    /** 200 answers per whole second in [from, to), by the second each ended in. */
    public static int[] perSecond(List<Completion> completions, long from, long to) {
        int seconds = (int) Math.max(0, (to - from) / 1_000_000_000L);
        int[] counts = new int[seconds];
        for (Completion c : completions) {
            if (c.ok() && c.endNanos() >= from) {
                int second = (int) ((c.endNanos() - from) / 1_000_000_000L);
                if (second < seconds) {
                    counts[second]++;
                }
            }
        }
        return counts;
    }

    public static OptionalDouble mean(int[] values) {
        return Arrays.stream(values).average();
    }

    public static OptionalDouble min(int[] values) {
        return Arrays.stream(values).min().stream().asDoubleStream().findFirst();
    }

    /** p99 latency (ms) of the completions that ended in [from, to), failures included. */
    public static OptionalDouble p99(List<Completion> completions, long from, long to) {
        double[] latencies = completions.stream()
                .filter(c -> c.endNanos() >= from && c.endNanos() < to)
                .mapToDouble(Completion::latencyMillis)
                .sorted()
                .toArray();
        return latencies.length == 0
                ? OptionalDouble.empty()
                : OptionalDouble.of(com.topcoins.chaos.client.LatencyStats.percentile(latencies, 99));
    }

    public static long failures(List<Completion> completions, long from, long to) {
        return completions.stream()
                .filter(c -> c.endNanos() >= from && c.endNanos() < to && !c.ok())
                .count();
    }
}
