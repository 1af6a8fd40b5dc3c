package com.topcoins.frontapi.top;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.topcoins.common.snapshot.Snapshot;
import com.topcoins.frontapi.ApiClient;
import com.topcoins.frontapi.FrontApiTest;
import com.topcoins.frontapi.MongoCommandCounter;
import com.topcoins.frontapi.SnapshotFixtures;
import com.topcoins.frontapi.cache.CacheConfiguration;
import com.topcoins.testsupport.EmbeddedRedis;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * Redis is a cache, not a dependency: without it answers come from MongoDB and the in-process layer;
 * once back, it caches again.
 */
@FrontApiTest
class RedisOutageTest {

    @LocalServerPort
    private int port;

    @LocalManagementPort
    private int managementPort;

    @Autowired
    private SnapshotFixtures fixtures;

    @Autowired
    private MongoCommandCounter mongoCommands;

    @Autowired
    private StringRedisTemplate redis;

    private static String answerKey(Snapshot ranking, Snapshot prices, int limit) {
        return "v" + AnswerKey.FORMAT_VERSION + ":" + ranking.id() + ":" + prices.id() + ":1:" + limit + ":json";
    }

    @Test
    void servesFromMongoWhileRedisIsDownAndCachesAgainOnceItIsBack() {
        ApiClient api = new ApiClient(port);
        Snapshot ranking = fixtures.publishRanking(SnapshotFixtures.RANKING);
        Snapshot prices = fixtures.publishPrices(SnapshotFixtures.PRICES);
        api.awaitServing("/?limit=1", ranking, prices);

        EmbeddedRedis.stop();
        try {
            // Still ready: Redis is a cache; health says DEGRADED, not DOWN.
            HttpResponse<String> readiness = new ApiClient(managementPort).get("/actuator/health/readiness");
            assertThat(readiness.statusCode()).isEqualTo(200);
            assertThat(readiness.body()).contains("\"status\":\"DEGRADED\"");
            long before = mongoCommands.count();
            HttpResponse<String> first = api.get("/?limit=7&format=csv");
            assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
            assertThat(first.body()).startsWith("Rank,Symbol,Price USD\r\n1,BTC,81240.17\r\n");
            assertThat(mongoCommands.count()).as("answered from MongoDB").isGreaterThan(before);
            // Redis refused the answer, the in-process layer kept it: keys name immutable snapshots.
            long afterFirst = mongoCommands.count();
            for (int i = 0; i < 4; i++) {
                HttpResponse<String> again = api.get("/?limit=7&format=csv");
                assertThat(again.statusCode()).isEqualTo(200);
                assertThat(again.body()).isEqualTo(first.body());
            }
            assertThat(mongoCommands.count()).as("repeats served in process").isEqualTo(afterFirst);
        } finally {
            EmbeddedRedis.start();
        }

        // Once the client has reconnected (and the breaker, if open, has probed Redis), answers are stored there again.
        long restarted = System.nanoTime();
        AtomicInteger limit = new AtomicInteger(8);
        await().atMost(Duration.ofSeconds(15))
                .pollInterval(Duration.ofMillis(50))
                .until(() -> {
                    int window = limit.getAndIncrement();
                    return api.get("/?limit=" + window).statusCode() == 200
                            && Boolean.TRUE.equals(redis.hasKey(CacheConfiguration.KEY_PREFIX + TopService.CACHE + ":"
                                    + answerKey(ranking, prices, window)));
                });
        System.out.printf(
                "RELIABILITY redis-outage: 5 requests with Redis down, all 200, the first from MongoDB, the "
                        + "4 repeats from the in-process layer; "
                        + "answers stored in Redis again %d ms after it came back%n",
                (System.nanoTime() - restarted) / 1_000_000);
    }
}
