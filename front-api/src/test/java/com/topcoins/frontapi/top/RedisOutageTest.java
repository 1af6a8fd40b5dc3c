package com.topcoins.frontapi.top;

import com.topcoins.common.snapshot.Snapshot;
import com.topcoins.frontapi.ApiClient;
import com.topcoins.frontapi.FrontApiTest;
import com.topcoins.frontapi.MongoCommandCounter;
import com.topcoins.frontapi.SnapshotFixtures;
import com.topcoins.testsupport.EmbeddedRedis;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.http.HttpResponse;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** Redis is a cache, not a dependency: without it answers come from MongoDB; once back, it caches again. */
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
            for (int i = 0; i < 5; i++) {
                long before = mongoCommands.count();
                HttpResponse<String> response = api.get("/?limit=7&format=csv");
                assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
                assertThat(response.body()).startsWith("Rank,Symbol,Price USD\r\n1,BTC,81240.17\r\n");
                assertThat(mongoCommands.count()).as("answered from MongoDB").isGreaterThan(before);
            }
        } finally {
            EmbeddedRedis.start();
        }

        // Once the client has reconnected, the next answer is cached and the one after is a hit.
        long restarted = System.nanoTime();
        HttpResponse<String> cached = api.await("/?limit=8", r -> {
            long before = mongoCommands.count();
            HttpResponse<String> again = api.get("/?limit=8");
            return r.statusCode() == 200 && again.statusCode() == 200 && mongoCommands.count() == before;
        }, Duration.ofSeconds(15));
        assertThat(cached.statusCode()).isEqualTo(200);
        long before = mongoCommands.count();
        assertThat(api.get("/?limit=8").statusCode()).isEqualTo(200);
        assertThat(mongoCommands.count()).isEqualTo(before);
        System.out.printf("RELIABILITY redis-outage: 5 requests with Redis down, 5 answered 200 from MongoDB; "
                + "cache hits again %d ms after Redis came back%n", (System.nanoTime() - restarted) / 1_000_000);
    }
}
