package com.topcoins.chaos.fault;

import com.topcoins.chaos.client.LatencyStats;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One probe's figures over some requests. Latency runs from sending to the answer's last byte, or to giving up
 * (a request without an answer counts with the time it waited, so a hang shows in the percentiles).
 *
 * @param answers "200" → n, "503" → n, "no answer" → n, …
 * @param p50     null when there were no requests, like p99 and max
 */
public record ProbeStats(
        int count, Map<String, Long> answers, Double p50, Double p99, Double max, long status503, long retryAfter503) {

    public static ProbeStats of(List<Exchange> exchanges) {
        Map<String, Long> answers = new TreeMap<>();
        exchanges.forEach(e -> answers.merge(e.answer(), 1L, Long::sum));
        double[] latencies =
                exchanges.stream().mapToDouble(Exchange::latencyMillis).sorted().toArray();
        long s503 = exchanges.stream().filter(e -> e.is(503)).count();
        long withRetryAfter =
                exchanges.stream().filter(e -> e.is(503) && e.retryAfter()).count();
        if (latencies.length == 0) {
            return new ProbeStats(0, answers, null, null, null, 0, 0);
        }
        return new ProbeStats(
                latencies.length,
                answers,
                LatencyStats.percentile(latencies, 50),
                LatencyStats.percentile(latencies, 99),
                latencies[latencies.length - 1],
                s503,
                withRetryAfter);
    }

    /** "200 ×98, 503 ×2", or "none". */
    public String answerList() {
        if (answers.isEmpty()) {
            return "none";
        }
        StringBuilder out = new StringBuilder();
        answers.forEach((answer, n) -> out.append(out.isEmpty() ? "" : ", ")
                .append(answer)
                .append(" ×")
                .append(n));
        return out.toString();
    }

    public long answered(String answer) {
        return answers.getOrDefault(answer, 0L);
    }
}
