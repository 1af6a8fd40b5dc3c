package com.topcoins.frontapi.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.topcoins.common.snapshot.Snapshot;
import com.topcoins.frontapi.ApiClient;
import com.topcoins.frontapi.MongoCommandCounter;
import com.topcoins.frontapi.SnapshotFixtures;
import com.topcoins.frontapi.SseClient;
import com.topcoins.testsupport.EmbeddedMongo;
import com.topcoins.testsupport.EmbeddedRedis;
import com.topcoins.testsupport.FreezableProxy;
import com.topcoins.testsupport.UpstreamSimulator;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * MongoDB and Redis <em>hung</em> (a stopped process, a partition: connections open, no answer), which a
 * clean stop does not show: reached through {@link FreezableProxy}s. Uncached requests fail fast with a
 * 503 instead of waiting, never taking all workers, so cached answers and the probes are still served;
 * readiness is 503 (DOWN) while liveness stays 200; with Redis hung the cache stops asking it and keeps
 * answering from its in-process layer.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "topcoins.api.snapshot-poll-interval=1h",
            "topcoins.api.max-limit=500",
            "management.server.port=0",
            // Many requests at once from this one test client: the database bulkhead is under test, not the door's
            // limit.
            "topcoins.door.concurrent-requests-per-client=0",
            "topcoins.api.redis-skip-for=1s",
            "topcoins.stream.heartbeat=250ms",
        })
@Import({MongoCommandCounter.class, SnapshotFixtures.class})
// Its context talks to MongoDB and Redis through proxies that close with the class: close the context too.
@DirtiesContext
class HungDependenciesTest {

    private static final FreezableProxy mongo = new FreezableProxy(EmbeddedMongo.port());
    private static final FreezableProxy redis = new FreezableProxy(EmbeddedRedis.port());
    private static final int UNCACHED = 24;

    @LocalServerPort
    private int port;

    @LocalManagementPort
    private int managementPort;

    @Autowired
    private SnapshotFixtures fixtures;

    @Autowired
    private MongoCommandCounter mongoCommands;

    @Autowired
    private MeterRegistry meters;

    @DynamicPropertySource
    static void throughProxies(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", () -> "mongodb://127.0.0.1:" + mongo.port() + "/" + EmbeddedMongo.DATABASE);
        registry.add("spring.data.redis.host", () -> "127.0.0.1");
        registry.add("spring.data.redis.port", redis::port);
        registry.add("topcoins.upstream.base-url", UpstreamSimulator::baseUrl);
    }

    @AfterEach
    void thaw() {
        mongo.thaw();
        redis.thaw();
    }

    @AfterAll
    static void close() {
        mongo.close();
        redis.close();
    }

    @Test
    void hungMongoFailsUncachedRequestsFastAndNeverStarvesCachedOnesOrTheProbes() throws Exception {
        ApiClient api = new ApiClient(port);
        ApiClient management = new ApiClient(managementPort);
        Snapshot ranking = fixtures.publishRanking(SnapshotFixtures.RANKING);
        Snapshot prices = fixtures.publishPrices(SnapshotFixtures.PRICES);
        HttpResponse<String> cached = api.awaitServing("/?limit=6&format=csv", ranking, prices);

        mongo.freeze();
        long frozen = System.nanoTime();
        ExecutorService clients = Executors.newFixedThreadPool(UNCACHED);
        List<CompletableFuture<HttpResponse<String>>> uncached = new ArrayList<>();
        try {
            for (int i = 0; i < UNCACHED; i++) {
                String window = "/?start=2&limit=" + (2 + i);
                uncached.add(CompletableFuture.supplyAsync(() -> api.get(window), clients));
            }
            // While they wait on MongoDB: cached answers and liveness are served, readiness says DOWN.
            HttpResponse<String> hit = api.get("/?limit=6&format=csv");
            long hitMillis = millisSince(frozen);
            assertThat(hit.statusCode()).isEqualTo(200);
            assertThat(hit.body()).isEqualTo(cached.body());
            assertThat(management.get("/actuator/health/liveness").statusCode()).isEqualTo(200);
            HttpResponse<String> readiness = management.get("/actuator/health/readiness");
            long readinessMillis = millisSince(frozen);
            assertThat(readiness.statusCode()).as(readiness.body()).isEqualTo(503);
            assertThat(readiness.body()).contains("\"status\":\"DOWN\"");

            Map<Integer, Integer> statuses = new TreeMap<>();
            for (CompletableFuture<HttpResponse<String>> future : uncached) {
                HttpResponse<String> response = future.get();
                statuses.merge(response.statusCode(), 1, Integer::sum);
                assertThat(response.statusCode()).as(response.body()).isEqualTo(503);
                assertThat(response.headers().firstValue("Retry-After")).isPresent();
                assertThat(response.headers().firstValue("Content-Type"))
                        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
            }
            long uncachedMillis = millisSince(frozen);

            mongo.thaw();
            long thawed = System.nanoTime();
            HttpResponse<String> recovered =
                    api.await("/?start=2&limit=3", r -> r.statusCode() == 200, Duration.ofSeconds(30));
            assertThat(recovered.statusCode()).as(recovered.body()).isEqualTo(200);
            assertThat(management
                            .await("/actuator/health/readiness", r -> r.statusCode() == 200, Duration.ofSeconds(30))
                            .statusCode())
                    .isEqualTo(200);
            System.out.printf(
                    "RELIABILITY mongo-hung: %d uncached requests at once, all answered %s within %d ms; a cached "
                            + "answer 200 after %d ms, readiness 503 DOWN after %d ms; served again %d ms after it resumed%n",
                    UNCACHED, statuses, uncachedMillis, hitMillis, readinessMillis, millisSince(thawed));
        } finally {
            clients.shutdownNow();
        }
    }

    @Test
    void aStreamOpensAndStaysOpenWhileMongoIsHungAndGetsItsAnswerOnceMongoAnswers() throws Exception {
        ApiClient api = new ApiClient(port);
        Snapshot ranking = fixtures.publishRanking(SnapshotFixtures.RANKING);
        Snapshot prices = fixtures.publishPrices(SnapshotFixtures.PRICES);
        api.awaitServing("/?limit=1", ranking, prices);

        mongo.freeze();
        long frozen = System.nanoTime();
        // A window not cached: its answer needs MongoDB.
        try (SseClient stream = SseClient.open("http://127.0.0.1:" + port + "/api/v1/top/stream?start=3&limit=9")) {
            assertThat(stream.response().statusCode()).isEqualTo(200);
            long openMillis = millisSince(frozen);
            int heartbeats = 0;
            long hung = System.nanoTime() + Duration.ofSeconds(5).toNanos();
            while (System.nanoTime() < hung) {
                SseClient.Event event = stream.next(Duration.ofMillis(500));
                assertThat(event == null ? null : event.name())
                        .as("no answer while hung")
                        .isNotEqualTo("top");
                if (event != null && event.data().equals("heartbeat")) {
                    heartbeats++;
                }
            }
            assertThat(heartbeats).as("heartbeats while MongoDB hangs").isGreaterThanOrEqualTo(5);

            mongo.thaw();
            long thawed = System.nanoTime();
            SseClient.Event answer = stream.nextAnswer(Duration.ofSeconds(20));
            assertThat(answer).as("the answer once MongoDB answers").isNotNull();
            assertThat(answer.id()).isEqualTo(ranking.id() + ":" + prices.id());
            assertThat(answer.data())
                    .isEqualTo(api.get("/api/v1/top?start=3&limit=9").body());
            System.out.printf(
                    "RELIABILITY stream-mongo-hung: a stream opened %d ms into the hang, %d heartbeats in its 5 s, "
                            + "no answer; its answer came %d ms after MongoDB answered again%n",
                    openMillis, heartbeats, millisSince(thawed));
        }
    }

    @Test
    void livenessDoesNotDependOnMongo() {
        mongo.freeze();
        HttpResponse<String> liveness = new ApiClient(managementPort).get("/actuator/health/liveness");

        assertThat(liveness.statusCode()).isEqualTo(200);
        assertThat(liveness.body()).contains("\"status\":\"UP\"").doesNotContain("mongo");
    }

    @Test
    void hungRedisIsSkippedAfterAFewTimeoutsAndTheInProcessLayerKeepsServing() {
        ApiClient api = new ApiClient(port);
        Snapshot ranking = fixtures.publishRanking(SnapshotFixtures.RANKING);
        Snapshot prices = fixtures.publishPrices(SnapshotFixtures.PRICES);
        api.awaitServing("/?limit=1", ranking, prices);

        redis.freeze();
        long frozen = System.nanoTime();
        int windows = 0;
        for (int limit = 2; limit <= 12; limit++) {
            HttpResponse<String> response = api.get("/?limit=" + limit + "&format=csv");
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            windows++;
        }
        long windowsMillis = millisSince(frozen);
        assertThat(breakerOpen()).as("Redis skipped after its timeouts").isEqualTo(1);
        // Answered while Redis hung, so never stored there: kept in process anyway (keys name immutable snapshots).
        long before = mongoCommands.count();
        HttpResponse<String> again = api.get("/?limit=7&format=csv");
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.body()).startsWith("Rank,Symbol,Price USD\r\n1,BTC,81240.17\r\n");
        assertThat(mongoCommands.count()).as("served from the in-process layer").isEqualTo(before);

        redis.thaw();
        long thawed = System.nanoTime();
        await().atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(200))
                .untilAsserted(() -> {
                    assertThat(api.get("/?limit=" + (13 + (int) (System.nanoTime() % 400)))
                                    .statusCode())
                            .isEqualTo(200);
                    assertThat(breakerOpen()).as("probed again and closed").isZero();
                });
        System.out.printf(
                "RELIABILITY redis-hung: %d distinct windows answered 200 in %d ms with Redis hung (breaker "
                        + "open after its first timeouts, repeats from the in-process layer); breaker closed %d ms after Redis "
                        + "answered again%n",
                windows, windowsMillis, millisSince(thawed));
    }

    private double breakerOpen() {
        return meters.get("topcoins.cache.redis.breaker.open").gauge().value();
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
