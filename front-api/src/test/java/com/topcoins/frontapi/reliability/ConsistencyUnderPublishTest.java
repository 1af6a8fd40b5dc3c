package com.topcoins.frontapi.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.topcoins.common.snapshot.Snapshot;
import com.topcoins.frontapi.ApiClient;
import com.topcoins.frontapi.FrontApiTest;
import com.topcoins.frontapi.SnapshotFixtures;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Readers hammer the API while 50 ranking and 50 price snapshots are published: every answer must be
 * exactly the snapshots it names — all their rows, in their order, with their prices — never a mix.
 */
@FrontApiTest
class ConsistencyUnderPublishTest {

    private static final int PUBLISHES = 50;
    private static final int ASSETS = 20;
    private static final int READERS = 4;

    @LocalServerPort
    private int port;

    @Autowired
    private SnapshotFixtures fixtures;

    private final JsonMapper json = JsonMapper.builder().build();
    /** What each published snapshot holds: ranking id → symbols in rank order; price id → price by symbol. */
    private final Map<String, List<String>> rankings = new ConcurrentHashMap<>();

    private final Map<String, Map<String, BigDecimal>> prices = new ConcurrentHashMap<>();

    @Test
    void everyAnswerIsExactlyTheSnapshotsItNames() throws Exception {
        publish(0);
        new ApiClient(port).awaitServing("/?limit=1", null, firstPrices);
        AtomicBoolean publishing = new AtomicBoolean(true);
        AtomicInteger responses = new AtomicInteger();
        AtomicInteger mixed = new AtomicInteger();
        AtomicInteger missing = new AtomicInteger();
        List<String> examples = new ArrayList<>();
        ExecutorService readers = Executors.newFixedThreadPool(READERS);
        List<Future<?>> running = new ArrayList<>();
        for (int r = 0; r < READERS; r++) {
            running.add(readers.submit(() -> {
                ApiClient api = new ApiClient(port);
                while (publishing.get()) {
                    HttpResponse<String> response = api.get("/?limit=" + ASSETS);
                    responses.incrementAndGet();
                    served.add(response.headers()
                                    .firstValue("X-Ranking-Snapshot")
                                    .orElse("") + "/"
                            + response.headers().firstValue("X-Price-Snapshot").orElse(""));
                    String problem = check(response);
                    if (problem != null) {
                        (problem.startsWith("missing") ? missing : mixed).incrementAndGet();
                        synchronized (examples) {
                            examples.add(problem);
                        }
                    }
                }
            }));
        }
        for (int k = 1; k <= PUBLISHES; k++) {
            publish(k);
        }
        // Let the readers see the last snapshots too.
        String last = lastRanking.id() + "/" + lastPrices.id();
        await("an answer from the last snapshots")
                .atMost(Duration.ofSeconds(10))
                .pollInterval(Duration.ofMillis(10))
                .until(() -> served.contains(last));
        publishing.set(false);
        for (Future<?> reader : running) {
            reader.get();
        }
        readers.shutdown();

        System.out.printf(
                "RELIABILITY consistency: %d ranking + %d price snapshots published, %d responses read by %d readers, "
                        + "%d mixed, %d missing rows%n",
                PUBLISHES + 1, PUBLISHES + 1, responses.get(), READERS, mixed.get(), missing.get());
        assertThat(examples).isEmpty();
        assertThat(responses.get()).isGreaterThan(PUBLISHES);
    }

    private Snapshot firstPrices;
    private Snapshot lastRanking;
    private Snapshot lastPrices;
    /** The snapshot pairs answers were served from, as "ranking id/price id". */
    private final Set<String> served = ConcurrentHashMap.newKeySet();

    private void publish(int k) {
        List<SnapshotFixtures.Ranked> ranked = new ArrayList<>();
        List<String> order = new ArrayList<>();
        for (int i = 0; i < ASSETS; i++) {
            // Each ranking snapshot has its own order of the same assets.
            String symbol = "C" + ((i + k) % ASSETS);
            ranked.add(SnapshotFixtures.ranked(symbol, "Coin " + symbol));
            order.add(symbol);
        }
        Snapshot ranking = fixtures.publishRanking(ranked);
        rankings.put(ranking.id(), order);

        List<SnapshotFixtures.Priced> priced = new ArrayList<>();
        Map<String, BigDecimal> byPrice = new ConcurrentHashMap<>();
        for (int i = 0; i < ASSETS; i++) {
            // Each price snapshot has its own prices: snapshot number . asset number.
            BigDecimal price = new BigDecimal(k + "." + (100 + i));
            priced.add(SnapshotFixtures.priced(1000 + i, "C" + i, "Coin C" + i, i + 1, price.toPlainString()));
            byPrice.put("C" + i, price);
        }
        Snapshot price = fixtures.publishPrices(priced);
        prices.put(price.id(), byPrice);
        if (firstPrices == null) {
            firstPrices = price;
        }
        lastRanking = ranking;
        lastPrices = price;
    }

    /**
     * What this test recorded for a snapshot id. The publisher records a snapshot right after publishing it,
     * so a fast reader may be served it a moment before: wait up to a second before calling it unknown.
     */
    private static <V> V registered(Map<String, V> published, String id) {
        if (!published.containsKey(id)) {
            try {
                await().atMost(Duration.ofSeconds(1))
                        .pollDelay(Duration.ZERO)
                        .pollInterval(Duration.ofMillis(10))
                        .pollInSameThread()
                        .until(() -> published.containsKey(id));
            } catch (ConditionTimeoutException e) {
                // Unknown: the caller reports it.
            }
        }
        return published.get(id);
    }

    /** Null if the answer is exactly its snapshots, else a description of the difference. */
    private String check(HttpResponse<String> response) {
        if (response.statusCode() != 200) {
            return "mixed: status " + response.statusCode();
        }
        String rankingId = response.headers().firstValue("X-Ranking-Snapshot").orElse("");
        String priceId = response.headers().firstValue("X-Price-Snapshot").orElse("");
        List<String> order = registered(rankings, rankingId);
        Map<String, BigDecimal> expectedPrices = registered(prices, priceId);
        if (order == null || expectedPrices == null) {
            // Only snapshots published by this test may be served.
            return "mixed: unknown snapshots " + rankingId + "/" + priceId;
        }
        JsonNode data = json.readTree(response.body()).path("data");
        if (data.size() != ASSETS) {
            return "missing rows: " + data.size() + " of " + ASSETS;
        }
        for (int i = 0; i < ASSETS; i++) {
            JsonNode row = data.get(i);
            String symbol = row.path("symbol").asString();
            if (!symbol.equals(order.get(i)) || row.path("rank").asInt() != i + 1) {
                return "mixed: rank " + (i + 1) + " is " + symbol + ", snapshot " + rankingId + " says " + order.get(i);
            }
            if (row.path("priceUsd").decimalValue().compareTo(expectedPrices.get(symbol)) != 0) {
                return "mixed: " + symbol + " costs " + row.path("priceUsd") + ", snapshot " + priceId + " says "
                        + expectedPrices.get(symbol);
            }
        }
        return null;
    }
}
