package com.topcoins.testsupport;

import com.topcoins.simulator.SimulatorApplication;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

/**
 * The upstream simulator, started in-process once per test JVM on a random port, and a small
 * client for the parts of its admin API the tests use (faults, request counters).
 */
public final class UpstreamSimulator {

    public static final String COINMARKETCAP = "coinmarketcap";
    public static final String CRYPTOCOMPARE = "cryptocompare";
    public static final String CMC_KEY = "simulator-cmc-key";
    public static final String CC_KEY = "simulator-cc-key";
    /** Also accepted: keys easy to search for in logs and stored errors, to prove they never leak there. */
    public static final String CMC_LEAKCHECK_KEY = "sk-LEAKCHECK-cmc-5be1d0c47a";

    public static final String CC_LEAKCHECK_KEY = "sk-LEAKCHECK-cc-9e2f61b83d";

    /**
     * The simulator runs on the test classpath of the module under test, which has MongoDB and Redis on it: without
     * this, Boot would give the simulator clients of its own for them, pointed at localhost's default ports.
     */
    static final List<String> DATA_STORE_AUTO_CONFIGURATIONS = List.of(
            "org.springframework.boot.mongodb.autoconfigure.MongoAutoConfiguration",
            "org.springframework.boot.mongodb.autoconfigure.MongoReactiveAutoConfiguration",
            "org.springframework.boot.mongodb.autoconfigure.health.MongoHealthContributorAutoConfiguration",
            "org.springframework.boot.mongodb.autoconfigure.metrics.MongoMetricsAutoConfiguration",
            "org.springframework.boot.data.redis.autoconfigure.DataRedisAutoConfiguration",
            "org.springframework.boot.data.redis.autoconfigure.DataRedisReactiveAutoConfiguration",
            "org.springframework.boot.data.redis.autoconfigure.DataRedisRepositoriesAutoConfiguration",
            "org.springframework.boot.data.redis.autoconfigure.health.DataRedisHealthContributorAutoConfiguration");

    private static ConfigurableApplicationContext context;
    private static String baseUrl;
    private static RestClient admin;

    private UpstreamSimulator() {}

    public static synchronized String baseUrl() {
        if (context == null) {
            // No timer: tests advance the market explicitly, so runs are reproducible.
            context = SimulatorApplication.start(
                    "--server.port=0",
                    "--simulator.tick-interval=0",
                    "--logging.level.root=WARN",
                    "--spring.autoconfigure.exclude=" + String.join(",", DATA_STORE_AUTO_CONFIGURATIONS),
                    "--simulator.coinmarketcap.api-keys=" + CMC_KEY + "," + CMC_LEAKCHECK_KEY,
                    "--simulator.cryptocompare.api-keys=" + CC_KEY + "," + CC_LEAKCHECK_KEY);
            int port = ((WebServerApplicationContext) context).getWebServer().getPort();
            baseUrl = "http://127.0.0.1:" + port;
            admin = RestClient.builder().baseUrl(baseUrl + "/admin").build();
        }
        return baseUrl;
    }

    /** The recognizable key the simulator also accepts for {@code api}. */
    public static String leakCheckKey(String api) {
        return COINMARKETCAP.equals(api) ? CMC_LEAKCHECK_KEY : CC_LEAKCHECK_KEY;
    }

    /** Queues a fault for the next {@code count} requests to {@code api} after {@code skip} normal ones. */
    public static void fault(String api, String kind, int count, int skip, long delayMs) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("api", api);
        body.put("kind", kind);
        body.put("count", count);
        body.put("skip", skip);
        if (delayMs > 0) {
            body.put("delayMs", delayMs);
        }
        client().post()
                .uri("/faults")
                .contentType(MediaType.APPLICATION_JSON)
                .body(body)
                .retrieve()
                .toBodilessEntity();
    }

    public static void fault(String api, String kind, int count) {
        fault(api, kind, count, 0, 0);
    }

    public static void clearFaults() {
        client().delete().uri("/faults").retrieve().toBodilessEntity();
    }

    /** Requests that reached the given API's endpoints since the last {@link #resetStats()}. */
    @SuppressWarnings("unchecked")
    public static long requests(String api) {
        Map<String, Map<String, Number>> stats =
                client().get().uri("/stats").retrieve().body(Map.class);
        return stats.get(api).get("requests").longValue();
    }

    /** Credits CoinMarketCap's simulated endpoints charged ({@code status.credit_count}) since {@link #resetStats()}. */
    @SuppressWarnings("unchecked")
    public static long credits() {
        Map<String, Map<String, Number>> stats =
                client().get().uri("/stats").retrieve().body(Map.class);
        return stats.get(COINMARKETCAP).get("credits").longValue();
    }

    public static void resetStats() {
        client().delete().uri("/stats").retrieve().toBodilessEntity();
    }

    /** Clears faults and counters: the state every test starts from. */
    public static void reset() {
        clearFaults();
        resetStats();
    }

    private static RestClient client() {
        baseUrl();
        return admin;
    }
}
