package com.topcoins.frontapi.top;

import static org.assertj.core.api.Assertions.assertThat;

import com.topcoins.common.snapshot.Snapshot;
import com.topcoins.frontapi.ApiClient;
import com.topcoins.frontapi.SnapshotFixtures;
import com.topcoins.testsupport.DockerInfrastructure;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.testcontainers.context.ImportTestcontainers;
import org.springframework.context.annotation.Import;
import org.testcontainers.junit.jupiter.Testcontainers;

/** The API against real {@code mongo:7} and {@code redis:7}; skipped where no Docker engine runs. */
@Testcontainers(disabledWithoutDocker = true)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ImportTestcontainers(DockerInfrastructure.class)
@Import(SnapshotFixtures.class)
class TopApiOnContainersTest {

    @LocalServerPort
    private int port;

    @Autowired
    private SnapshotFixtures fixtures;

    @Test
    void servesTheMergedListAsCsvAndCachesIt() {
        ApiClient api = new ApiClient(port);
        Snapshot ranking = fixtures.publishRanking(SnapshotFixtures.RANKING);
        Snapshot prices = fixtures.publishPrices(SnapshotFixtures.PRICES);

        HttpResponse<String> response = api.awaitServing("/?limit=10&format=csv", ranking, prices);

        assertThat(response.body())
                .startsWith("Rank,Symbol,Price USD\r\n1,BTC,81240.17\r\n")
                .contains("6,NOPE,\r\n", "8,SHIB,0.000269788\r\n");
        assertThat(api.get("/?limit=10&format=csv").body()).isEqualTo(response.body());
    }
}
