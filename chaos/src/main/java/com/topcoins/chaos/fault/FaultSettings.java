package com.topcoins.chaos.fault;

import java.time.Duration;

/**
 * Every count and duration of the dependency-fault phases, printed in the report next to their results.
 *
 * @param before          clients only, before the fault
 * @param after           clients only, after the fault ended (resumed, restarted or refilled)
 * @param mongoHang       how long MongoDB stays stopped
 * @param redisHang       how long Redis stays stopped
 * @param redisDown       how long Redis stays killed before its restart
 * @param cachedRate      requests/s of the cached-window probe, fresh connection each
 * @param uncachedRate    requests/s of the never-asked-before windows, fresh connection each
 * @param healthRate      requests/s of each health probe (liveness, readiness)
 * @param requestTimeout  a request without a complete answer by then is "no answer"
 * @param uncachedSources source addresses the uncached requests take in turn (127.0.3.1, …)
 * @param secondJobDelay  mongo-empty: from the end of the CoinMarketCap run to the start of the CryptoCompare run
 * @param emptyAfter      mongo-empty: clients go on this long after both sources published
 * @param connections     redis phases: closed-loop keep-alive connections of the throughput client
 * @param throughputSources addresses those connections are spread over (127.0.2.1, …), 2 per address: well within
 *                        the front API's 4 requests in progress per client (at 4, the door's count of a request that
 *                        has just been answered still overlapped the next one now and then: a few 429s)
 * @param cleanBefore     redis phases: throughput measured with no ingestion run, right before the fault
 * @param jobTimeout      an ingestion run (mode once) is killed after this
 */
public record FaultSettings(
        Duration before,
        Duration after,
        Duration mongoHang,
        Duration redisHang,
        Duration redisDown,
        int cachedRate,
        int uncachedRate,
        int healthRate,
        Duration requestTimeout,
        int uncachedSources,
        Duration secondJobDelay,
        Duration emptyAfter,
        int connections,
        int throughputSources,
        Duration cleanBefore,
        Duration jobTimeout) {

    public static final String CACHED_PATH = "/?limit=200";
    public static final String LIVENESS_PATH = "/actuator/health/liveness";
    public static final String READINESS_PATH = "/actuator/health/readiness";
    /** Cached windows of the throughput client, warmed before each phase. */
    public static final java.util.List<String> THROUGHPUT_PATHS =
            java.util.List.of("/?limit=200", "/?limit=100", "/?start=101&limit=100", "/?limit=50&format=csv");

    public static FaultSettings full() {
        return new FaultSettings(
                Duration.ofSeconds(10),
                Duration.ofSeconds(15),
                Duration.ofSeconds(60),
                Duration.ofSeconds(30),
                Duration.ofSeconds(20),
                10,
                2,
                2,
                Duration.ofSeconds(10),
                16,
                Duration.ofSeconds(10),
                Duration.ofSeconds(15),
                8,
                4,
                Duration.ofSeconds(6),
                Duration.ofSeconds(120));
    }

    /** A smoke run: short faults, figures not comparable with a full run's. */
    public static FaultSettings smoke() {
        return new FaultSettings(
                Duration.ofSeconds(4),
                Duration.ofSeconds(6),
                Duration.ofSeconds(15),
                Duration.ofSeconds(10),
                Duration.ofSeconds(10),
                10,
                2,
                2,
                Duration.ofSeconds(10),
                16,
                Duration.ofSeconds(5),
                Duration.ofSeconds(8),
                8,
                4,
                Duration.ofSeconds(4),
                Duration.ofSeconds(120));
    }
}
