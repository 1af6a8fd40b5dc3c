package com.topcoins.frontapi.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.topcoins.common.snapshot.Snapshot;
import com.topcoins.common.snapshot.Source;
import com.topcoins.frontapi.ApiClient;
import com.topcoins.frontapi.FrontApiTest;
import com.topcoins.frontapi.SnapshotFixtures;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;

/**
 * The database loses what the service holds (restored from an old volume, a new primary without the
 * data, restarted empty), with no notification: never a 200 with fewer rows than the snapshot has,
 * never a vanished ranking paired with new prices, and no such error cached once data is back.
 */
@FrontApiTest
class VanishedSnapshotTest {

    @LocalServerPort
    private int port;

    @Autowired
    private SnapshotFixtures fixtures;

    @Autowired
    private MongoDatabase database;

    private final JsonMapper json = JsonMapper.builder().build();
    private int unavailable;

    @Test
    void aDatabaseRestartedEmptyAnswers503UntilBothSourcesHavePublishedAgain() {
        ApiClient api = new ApiClient(port);
        fixtures.clear();
        Snapshot ranking = fixtures.publishRanking(SnapshotFixtures.RANKING);
        Snapshot prices = fixtures.publishPrices(SnapshotFixtures.PRICES);
        api.awaitServing("/?limit=3", ranking, prices);

        fixtures.clear();
        HttpResponse<String> miss = api.get("/?limit=5");
        assertUnavailable(miss);

        // Prices come back first: the vanished ranking is not paired with them.
        Snapshot newPrices = fixtures.publishPrices(SnapshotFixtures.PRICES);
        assertUnavailable(api.await("/?limit=4", r -> r.statusCode() != 503, java.time.Duration.ofMillis(500)));
        assertUnavailable(api.get("/?limit=3"));

        Snapshot newRanking = fixtures.publishRanking(SnapshotFixtures.RANKING);
        HttpResponse<String> served = api.awaitServing("/?limit=5", newRanking, newPrices);
        assertThat(json.readTree(served.body()).path("count").asInt()).isEqualTo(5);
        assertThat(json.readTree(api.get("/?start=11&limit=5").body())
                        .path("count")
                        .asInt())
                .as("past the ranking's end an empty answer is right")
                .isZero();
        System.out.println("RELIABILITY vanished: database emptied under the service, then prices published before the "
                + "ranking: each of the " + unavailable + " requests meanwhile answered 503 + Retry-After (0 short or "
                + "mixed 200s), full answers once both sources had published again");
    }

    @Test
    void aPriceSnapshotWhoseDocumentsVanishedIsNeverServedAsUnpricedRows() {
        ApiClient api = new ApiClient(port);
        fixtures.clear();
        Snapshot ranking = fixtures.publishRanking(SnapshotFixtures.RANKING);
        Snapshot prices = fixtures.publishPrices(SnapshotFixtures.PRICES);
        api.awaitServing("/?limit=1&format=csv", ranking, prices);
        // A price snapshot never read yet loses its documents.
        Snapshot lostPrices = fixtures.publishPrices(SnapshotFixtures.PRICES);
        database.getCollection(Source.COINMARKETCAP.collection()).deleteMany(Filters.eq("snapshotId", lostPrices.id()));

        HttpResponse<String> answer =
                api.await("/?limit=6", r -> r.statusCode() == 503, java.time.Duration.ofSeconds(10));
        assertUnavailable(answer);
        assertUnavailable(api.get("/?limit=6"));

        Snapshot republished = fixtures.publishPrices(SnapshotFixtures.PRICES);
        HttpResponse<String> served = api.awaitServing("/?limit=6", ranking, republished);
        assertThat(json.readTree(served.body())
                        .path("data")
                        .get(0)
                        .path("priceUsd")
                        .decimalValue())
                .isEqualByComparingTo("81240.17");
    }

    private void assertUnavailable(HttpResponse<String> response) {
        unavailable++;
        assertThat(response.statusCode()).as(response.body()).isEqualTo(503);
        assertThat(response.headers().firstValue("Retry-After")).isPresent();
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    }
}
