package com.topcoins.frontapi.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.topcoins.common.snapshot.Snapshot;
import com.topcoins.frontapi.ApiClient;
import com.topcoins.frontapi.FrontApiTest;
import com.topcoins.frontapi.SnapshotFixtures;
import com.topcoins.testsupport.EmbeddedMongo;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * MongoDB down: cached answers are still served, uncached ones are 503 with Retry-After, readiness is 503
 * (DOWN) and liveness 200; MongoDB back:
 * answers resume without restarting the service.
 */
@FrontApiTest
class MongoOutageTest {

    @LocalServerPort
    private int port;

    @LocalManagementPort
    private int managementPort;

    @Autowired
    private SnapshotFixtures fixtures;

    @Test
    void servesFromCacheDuringAnOutageAndRecoversWithoutRestart() {
        ApiClient api = new ApiClient(port);
        Snapshot ranking = fixtures.publishRanking(SnapshotFixtures.RANKING);
        Snapshot prices = fixtures.publishPrices(SnapshotFixtures.PRICES);
        HttpResponse<String> cached = api.awaitServing("/?limit=6&format=csv", ranking, prices);

        int servedFromCache = 0;
        int unavailable = 0;
        EmbeddedMongo.stop();
        try {
            for (int i = 0; i < 5; i++) {
                HttpResponse<String> hit = api.get("/?limit=6&format=csv");
                assertThat(hit.statusCode()).isEqualTo(200);
                assertThat(hit.body()).isEqualTo(cached.body());
                servedFromCache++;
            }
            // Not ready without its database (Boot's mapping is replaced, so this is configured): 503, DOWN.
            HttpResponse<String> readiness = new ApiClient(managementPort).get("/actuator/health/readiness");
            assertThat(readiness.statusCode()).as(readiness.body()).isEqualTo(503);
            assertThat(readiness.body()).contains("\"status\":\"DOWN\"");
            assertThat(new ApiClient(managementPort)
                            .get("/actuator/health/liveness")
                            .statusCode())
                    .isEqualTo(200);
            HttpResponse<String> miss = api.get("/?limit=7&format=csv");
            assertThat(miss.statusCode()).isEqualTo(503);
            assertThat(miss.headers().firstValue("Retry-After")).isPresent();
            assertThat(miss.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
            unavailable++;
        } finally {
            EmbeddedMongo.restart();
        }

        long start = System.nanoTime();
        HttpResponse<String> recovered =
                api.await("/?limit=7&format=csv", r -> r.statusCode() == 200, Duration.ofSeconds(30));
        assertThat(recovered.statusCode()).isEqualTo(200);
        assertThat(recovered.body()).startsWith("Rank,Symbol,Price USD\r\n1,BTC,81240.17\r\n");
        System.out.printf(
                "RELIABILITY mongo-outage: %d cached answers served (200), %d uncached answered 503 + Retry-After, "
                        + "recovered without restart in %d ms%n",
                servedFromCache, unavailable, (System.nanoTime() - start) / 1_000_000);
    }
}
