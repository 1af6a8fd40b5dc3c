package com.topcoins.frontapi.top;

import static com.topcoins.frontapi.SnapshotFixtures.priced;
import static com.topcoins.frontapi.SnapshotFixtures.ranked;
import static org.assertj.core.api.Assertions.assertThat;

import com.topcoins.common.snapshot.Snapshot;
import com.topcoins.frontapi.ApiClient;
import com.topcoins.frontapi.FrontApiTest;
import com.topcoins.frontapi.MongoCommandCounter;
import com.topcoins.frontapi.SnapshotFixtures;
import com.topcoins.frontapi.cache.CacheConfiguration;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.util.DigestUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The top endpoints over HTTP: merge rule, JSON and CSV, negotiation, windows, caching, freshness. */
@FrontApiTest
class TopApiTest {

    @LocalServerPort
    private int port;

    @Autowired
    private SnapshotFixtures fixtures;

    @Autowired
    private MongoCommandCounter mongoCommands;

    @Autowired
    private StringRedisTemplate redis;

    private ApiClient api;
    private final JsonMapper json = JsonMapper.builder().build();
    private Snapshot ranking;
    private Snapshot prices;

    @BeforeEach
    void publishFixtures() {
        api = new ApiClient(port);
        fixtures.clear();
        ranking = fixtures.publishRanking(SnapshotFixtures.RANKING);
        prices = fixtures.publishPrices(SnapshotFixtures.PRICES);
        api.awaitServing("/?limit=3", ranking, prices);
    }

    @Test
    void mergesRankingOrderWithMatchedPrices() {
        JsonNode body = json("/?limit=10");

        assertThat(body.path("count").asInt()).isEqualTo(10);
        // Upstream's own time for the data, and beside it when it was fetched.
        assertThat(body.path("rankingAsOf").asString())
                .isEqualTo(ranking.startedAt().minus(SnapshotFixtures.DATA_LAG).toString());
        assertThat(body.path("rankingFetchedAt").asString())
                .isEqualTo(ranking.completedAt().toString());
        assertThat(body.path("pricesAsOf").asString())
                .isEqualTo(prices.startedAt().minus(SnapshotFixtures.DATA_LAG).toString());
        assertThat(body.path("pricesFetchedAt").asString())
                .isEqualTo(prices.completedAt().toString());
        JsonNode data = body.path("data");
        assertThat(data).extracting(row -> row.path("rank").asInt()).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
        assertThat(data)
                .extracting(row -> row.path("symbol").asString())
                .containsExactly("BTC", "ETH", "HOT", "USDT", "CUSDC", "NOPE", "DUP", "SHIB", "BIG", "TINY");
        assertRow(data.get(0), "81240.17", "symbol");
        // Three coins share HOT: the one whose name matches ("HoloToken" ~ "Holo Token"), not the best-ranked.
        assertRow(data.get(2), "0.00251", "name");
        assertRow(data.get(3), "1.0001", "symbol");
        // Symbols match whatever their case.
        assertRow(data.get(4), "0.0228", "symbol");
        // No price anywhere: the row stays, without a price.
        assertThat(data.get(5).path("priceUsd").isNull()).isTrue();
        assertThat(data.get(5).path("match").asString()).isEqualTo("none");
        assertThat(data.get(5).path("name").asString()).isEqualTo("Unlisted Coin");
        assertThat(data.get(5).path("unpricedReason").asString()).isEqualTo("no_listing");
        // Two DUPs, neither named like CryptoCompare's: the one whose price agrees with CryptoCompare's (21).
        assertRow(data.get(6), "22", "price");
        assertThat(data.get(6).path("unpricedReason").isNull()).isTrue();
    }

    @Test
    void theDataAgeHeaderSaysHowOldTheOlderSourcesDataIsNow() {
        HttpResponse<String> response = api.get("/?limit=3");

        long age = Long.parseLong(response.headers().firstValue("X-Data-Age").orElseThrow());
        java.time.Instant older =
                ranking.dataAsOf().isBefore(prices.dataAsOf()) ? ranking.dataAsOf() : prices.dataAsOf();
        assertThat(age)
                .isBetween(
                        java.time.Duration.between(older, java.time.Instant.now())
                                        .toSeconds()
                                - 2,
                        java.time.Duration.between(older, java.time.Instant.now())
                                .toSeconds());
        assertThat(age).isGreaterThanOrEqualTo(SnapshotFixtures.DATA_LAG.toSeconds());
        // Also on a 304: it is about the data, not the bytes.
        HttpResponse<String> again = api.get(
                "/?limit=3",
                "If-None-Match",
                response.headers().firstValue("ETag").orElseThrow());
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.headers().firstValue("X-Data-Age")).isPresent();
    }

    @Test
    void jsonCarriesTheContractFieldsWithPlainDecimals() {
        HttpResponse<String> response = api.get("/api/v1/top?limit=10");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        JsonNode btc = json.readTree(response.body()).path("data").get(0);
        assertThat(btc.propertyNames())
                .containsExactlyInAnyOrder(
                        "rank",
                        "symbol",
                        "name",
                        "priceUsd",
                        "marketCapUsd",
                        "volume24hUsd",
                        "priceUpdatedAt",
                        "match",
                        "unpricedReason",
                        "cryptocompareId",
                        "coinmarketcapId");
        assertThat(btc.path("cryptocompareId").asString()).isEqualTo("cc-1");
        assertThat(btc.path("coinmarketcapId").asLong()).isEqualTo(1);
        assertThat(btc.path("volume24hUsd").decimalValue()).isEqualByComparingTo("10000");
        assertThat(btc.path("priceUpdatedAt").asString()).isEqualTo("2026-11-24T12:00:00Z");
        assertThat(response.body())
                .contains("\"priceUsd\":0.000269788", "\"priceUsd\":123456789012.5", "\"priceUsd\":0.00000001234")
                .doesNotContainPattern("\\d[eE][-+]?\\d");
    }

    @Test
    void csvHasTheHeaderAndPlainPricesWithAnEmptyCellForNoPrice() {
        HttpResponse<String> response = api.get("/?limit=10&format=csv");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/csv"));
        assertThat(response.body())
                .isEqualTo(String.join(
                                "\r\n",
                                "Rank,Symbol,Price USD",
                                "1,BTC,81240.17",
                                "2,ETH,3120.5",
                                "3,HOT,0.00251",
                                "4,USDT,1.0001",
                                "5,CUSDC,0.0228",
                                "6,NOPE,",
                                "7,DUP,22",
                                "8,SHIB,0.000269788",
                                "9,BIG,123456789012.5",
                                "10,TINY,0.00000001234")
                        + "\r\n");
    }

    @Test
    void formatOverridesAcceptWhichOtherwiseDecides() {
        assertThat(contentType(api.get("/?limit=2", "Accept", "text/csv"))).startsWith("text/csv");
        assertThat(contentType(api.get("/?limit=2", "Accept", "application/json")))
                .startsWith("application/json");
        assertThat(contentType(api.get("/?limit=2", "Accept", "*/*"))).startsWith("application/json");
        assertThat(contentType(api.get("/?limit=2"))).startsWith("application/json");
        assertThat(contentType(api.get("/?limit=2", "Accept", "text/csv;q=0.9, application/json;q=0.5")))
                .startsWith("text/csv");
        assertThat(contentType(api.get("/?limit=2&format=json", "Accept", "text/csv")))
                .startsWith("application/json");
        assertThat(contentType(api.get("/?limit=2&format=csv", "Accept", "application/json")))
                .startsWith("text/csv");
        assertThat(contentType(api.get("/?limit=2&format=CSV", "Accept", "text/html")))
                .startsWith("text/csv");
    }

    @Test
    void startAndLimitSelectAWindowOfRanks() {
        JsonNode body = json("/?start=3&limit=4");

        assertThat(body.path("count").asInt()).isEqualTo(4);
        assertThat(body.path("data"))
                .extracting(row -> row.path("rank").asInt())
                .containsExactly(3, 4, 5, 6);
        assertThat(json("/?start=9&limit=5").path("data"))
                .extracting(row -> row.path("symbol").asString())
                .containsExactly("BIG", "TINY");
        assertThat(json("/?start=11").path("count").asInt()).isZero();
    }

    @Test
    void defaultLimitIsOneHundred() {
        List<SnapshotFixtures.Ranked> many = new java.util.ArrayList<>();
        for (int i = 1; i <= 150; i++) {
            many.add(ranked("S" + i, "Coin " + i));
        }
        Snapshot bigRanking = fixtures.publishRanking(many);
        api.awaitServing("/?limit=3", bigRanking, prices);

        assertThat(json("/").path("count").asInt()).isEqualTo(100);
        assertThat(json("/?limit=150").path("count").asInt()).isEqualTo(150);
    }

    @Test
    void repeatedRequestsHitTheCacheAndCostNoMongoCall() {
        String key = CacheConfiguration.KEY_PREFIX + TopService.CACHE + ":v" + AnswerKey.FORMAT_VERSION + ":"
                + ranking.id() + ":" + prices.id() + ":1:5:json";
        assertThat(redis.hasKey(key)).isFalse();

        HttpResponse<String> first = api.get("/?limit=5");
        assertThat(redis.hasKey(key)).isTrue();
        long commandsAfterMiss = mongoCommands.count();

        for (int i = 0; i < 5; i++) {
            HttpResponse<String> again = api.get("/?limit=5");
            assertThat(again.statusCode()).isEqualTo(200);
            assertThat(again.body()).isEqualTo(first.body());
        }
        assertThat(mongoCommands.count()).isEqualTo(commandsAfterMiss);
    }

    @Test
    void aPublishedSnapshotIsServedAtOnceUnderANewCacheKey() {
        api.get("/?limit=3");
        long commandsBefore = mongoCommands.count();

        Snapshot newPrices = fixtures.publishPrices(List.of(priced(1, "BTC", "Bitcoin", 1, "99999.99")));
        HttpResponse<String> fresh = api.awaitServing("/?limit=3", ranking, newPrices);

        assertThat(json.readTree(fresh.body())
                        .path("data")
                        .get(0)
                        .path("priceUsd")
                        .decimalValue())
                .isEqualByComparingTo("99999.99");
        assertThat(json.readTree(fresh.body()).path("pricesFetchedAt").asString())
                .isEqualTo(newPrices.completedAt().toString());
        assertThat(json.readTree(fresh.body()).path("pricesAsOf").asString())
                .isEqualTo(newPrices.dataAsOf().toString());
        assertThat(mongoCommands.count())
                .as("the new key was a miss, answered from MongoDB")
                .isGreaterThan(commandsBefore);
    }

    @Test
    void etagAndLastModifiedAllowConditionalRequests() {
        HttpResponse<String> first = api.get("/?limit=3");
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertThat(first.headers().firstValue("Last-Modified")).isPresent();

        HttpResponse<String> unchanged = api.get("/?limit=3", "If-None-Match", etag);
        assertThat(unchanged.statusCode()).isEqualTo(304);
        assertThat(unchanged.body()).isEmpty();
        // RFC 9110 §15.4.5: what a cache needs to update its stored 200.
        for (String header : List.of("ETag", "Cache-Control", "Vary", "X-Ranking-Snapshot", "X-Price-Snapshot")) {
            assertThat(unchanged.headers().allValues(header))
                    .as(header)
                    .isEqualTo(first.headers().allValues(header));
        }
        assertThat(unchanged.headers().firstValue("Content-Type")).isEmpty();

        assertThat(api.get("/?limit=4", "If-None-Match", etag).statusCode()).isEqualTo(200);
        assertThat(api.get("/?limit=3&format=csv", "If-None-Match", etag).statusCode())
                .isEqualTo(200);
    }

    @Test
    void ifNoneMatchAnyIsNotModifiedSinceThereIsACurrentRepresentation() {
        HttpResponse<String> first = api.get("/?limit=3");

        HttpResponse<String> any = api.get("/?limit=3", "If-None-Match", "*");
        assertThat(any.statusCode()).isEqualTo(304);
        assertThat(any.headers().firstValue("ETag")).isEqualTo(first.headers().firstValue("ETag"));
        assertThat(any.headers().firstValue("Cache-Control")).isPresent();
    }

    @Test
    void theEtagNamesTheAnswersFormatVersion() {
        String etag = api.get("/?limit=3").headers().firstValue("ETag").orElseThrow();
        String unversioned = ranking.id() + ":" + prices.id() + ":1:3:json";

        assertThat(etag)
                .isEqualTo("\""
                        + DigestUtils.md5DigestAsHex(
                                ("v" + AnswerKey.FORMAT_VERSION + ":" + unversioned).getBytes(StandardCharsets.UTF_8))
                        + "\"");
        assertThat(redis.keys(CacheConfiguration.KEY_PREFIX + "*"))
                .contains(CacheConfiguration.KEY_PREFIX + TopService.CACHE + ":v" + AnswerKey.FORMAT_VERSION + ":"
                        + unversioned);
    }

    @Test
    void atAnswersFromTheSnapshotsThatWereCurrentThen() {
        Snapshot newPrices = fixtures.publishPrices(List.of(priced(1, "BTC", "Bitcoin", 1, "82000.5")));
        api.awaitServing("/?limit=3", ranking, newPrices);

        JsonNode then = json("/?limit=1&at=" + prices.completedAt());
        assertThat(then.path("data").get(0).path("priceUsd").decimalValue()).isEqualByComparingTo("81240.17");
        JsonNode now = json("/?limit=1");
        assertThat(now.path("data").get(0).path("priceUsd").decimalValue()).isEqualByComparingTo("82000.5");
    }

    @Test
    void browsersGetAnHtmlPage_cachedAndValidatedLikeTheData() {
        String accept = "text/html,application/xhtml+xml,*/*;q=0.8";
        HttpResponse<String> page = api.get("/?limit=10", "Accept", accept);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(contentType(page)).startsWith("text/html");
        assertThat(page.body())
                .contains(
                        "<table",
                        "Bitcoin",
                        "$81,240.17",
                        "$0.00000001234",
                        "no price",
                        "no listing",
                        "data-snapshots=\"" + ranking.id() + ":" + prices.id() + "\"",
                        "datetime=\"" + prices.dataAsOf() + "\"");
        // Nothing in it depends on the moment of rendering, so it has validators like JSON and CSV.
        String etag = page.headers().firstValue("ETag").orElseThrow();
        assertThat(page.headers().firstValue("Last-Modified")).isPresent();
        assertThat(etag)
                .isNotEqualTo(api.get("/?limit=10").headers().firstValue("ETag").orElseThrow());
        assertThat(api.get("/?limit=10", "Accept", accept, "If-None-Match", etag)
                        .statusCode())
                .isEqualTo(304);
        // And it is cached: a second request costs no MongoDB call.
        long commandsBefore = mongoCommands.count();
        assertThat(api.get("/?limit=10", "Accept", accept).body()).isEqualTo(page.body());
        assertThat(mongoCommands.count()).isEqualTo(commandsBefore);
        assertThat(redis.keys(CacheConfiguration.KEY_PREFIX + "*")).anyMatch(key -> key.contains(":10:html:"));
    }

    @Test
    void aHistoricalPageIsNotLiveAndItsLinksKeepAt() {
        String body = api.get("/?limit=5&at=" + java.time.Instant.now(), "Accept", "text/html")
                .body();
        // Links name the instant of the page's snapshots (the later completion): the same answer, one cache entry.
        java.time.Instant snapshotsAt =
                ranking.completedAt().isAfter(prices.completedAt()) ? ranking.completedAt() : prices.completedAt();

        assertThat(body)
                .contains("data-live=\"false\"", "Historical view", "&amp;at=" + snapshotsAt)
                .doesNotContain("/api/v1/top/stream");
        assertThat(api.get("/?limit=5", "Accept", "text/html").body()).contains("data-live=\"true\"");
    }

    private void assertRow(JsonNode row, String price, String match) {
        assertThat(row.path("priceUsd").decimalValue()).isEqualByComparingTo(price);
        assertThat(row.path("match").asString()).isEqualTo(match);
    }

    private JsonNode json(String pathAndQuery) {
        HttpResponse<String> response = api.get(pathAndQuery);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    private static String contentType(HttpResponse<String> response) {
        return response.headers().firstValue("Content-Type").orElse("");
    }
}
