package com.topcoins.chaos.client;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The normal client's figures for one window. Percentiles are over the successful requests only (a refused
 * connect is fast and would flatter them); failures are counted by kind instead.
 *
 * @param p50 null when no request succeeded, like p99 and max
 */
public record LatencyStats(
        int count, int ok, Double p50, Double p99, Double max, int errors, Map<String, Integer> errorKinds) {

    public static LatencyStats of(List<Sample> samples) {
        double[] latencies = samples.stream()
                .filter(Sample::ok)
                .mapToDouble(Sample::latencyMillis)
                .sorted()
                .toArray();
        Map<String, Integer> kinds = new TreeMap<>();
        samples.stream().filter(s -> !s.ok()).forEach(s -> kinds.merge(s.errorLabel(), 1, Integer::sum));
        Double p50 = latencies.length == 0 ? null : percentile(latencies, 50);
        Double p99 = latencies.length == 0 ? null : percentile(latencies, 99);
        Double max = latencies.length == 0 ? null : latencies[latencies.length - 1];
        return new LatencyStats(
                samples.size(), latencies.length, p50, p99, max, samples.size() - latencies.length, kinds);
    }

    /** Nearest rank: the smallest value with at least {@code p} % of the values at or below it. */
    public static double percentile(double[] sorted, double p) {
        if (sorted.length == 0) {
            throw new IllegalArgumentException("no values");
        }
        int rank = (int) Math.ceil(p / 100 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    public static double percentile(List<Double> values, double p) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(sorted);
        return percentile(sorted, p);
    }

    /** "timeout 3, status 503 2", or "none". */
    public String errorBreakdown() {
        if (errorKinds.isEmpty()) {
            return "none";
        }
        StringBuilder out = new StringBuilder();
        errorKinds.forEach((kind, n) ->
                out.append(out.isEmpty() ? "" : ", ").append(kind).append(' ').append(n));
        return out.toString();
    }
}
