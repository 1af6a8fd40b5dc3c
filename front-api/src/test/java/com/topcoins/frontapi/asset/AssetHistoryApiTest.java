package com.topcoins.frontapi.asset;

import static com.topcoins.frontapi.SnapshotFixtures.priced;
import static org.assertj.core.api.Assertions.assertThat;

import com.topcoins.common.snapshot.Snapshot;
import com.topcoins.frontapi.ApiClient;
import com.topcoins.frontapi.FrontApiTest;
import com.topcoins.frontapi.MongoCommandCounter;
import com.topcoins.frontapi.SnapshotFixtures;
import com.topcoins.frontapi.SnapshotFixtures.Priced;
import com.topcoins.frontapi.SnapshotFixtures.Ranked;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code GET /api/v1/assets/{symbol}/history} over HTTP. Snapshots, oldest first (HOT is Holo Token, CoinMarketCap
 * 2682, identified by its current row):
 *
 * <pre>
 * ranking r0: HOT rank 3, no SHIB   (no price snapshot yet; nine assets, so HOT's volume is 7000)
 * prices  p1: no Holo Token
 * ranking r1: HOT rank 1            → price null (absent from p1)
 * prices  p2: Holo Token 0.0026
 * ranking r2: HOT rank 2            → 0.0026
 * prices  p3: Holo Token 0.0024
 * ranking r3: HOT rank 3 (current)  → 0.0024
 * </pre>
 */
@FrontApiTest
class AssetHistoryApiTest {

    @LocalServerPort
    private int port;

    @Autowired
    private SnapshotFixtures fixtures;

    @Autowired
    private MongoCommandCounter mongoCommands;

    private ApiClient api;
    private final JsonMapper json = JsonMapper.builder().build();
    private final List<Snapshot> rankings = new ArrayList<>();
    private final List<Snapshot> prices = new ArrayList<>();

    @BeforeEach
    void publishHistory() {
        api = new ApiClient(port);
        fixtures.clear();
        rankings.clear();
        prices.clear();
        rankings.add(publish(() -> fixtures.publishRanking(
                SnapshotFixtures.RANKING.stream()
                        .filter(asset -> !asset.symbol().equals("SHIB"))
                        .toList(),
                AssetHistoryApiTest::ccId)));
        prices.add(publish(() -> fixtures.publishPrices(SnapshotFixtures.PRICES.stream()
                .filter(price -> price.cmcId() != 2682)
                .toList())));
        rankings.add(publish(() -> fixtures.publishRanking(withHotAt(1), AssetHistoryApiTest::ccId)));
        prices.add(publish(() -> fixtures.publishPrices(withHoloTokenAt("0.0026"))));
        rankings.add(publish(() -> fixtures.publishRanking(withHotAt(2), AssetHistoryApiTest::ccId)));
        prices.add(publish(() -> fixtures.publishPrices(withHoloTokenAt("0.0024"))));
        rankings.add(publish(() -> fixtures.publishRanking(SnapshotFixtures.RANKING, AssetHistoryApiTest::ccId)));
        api.awaitServing("/?limit=1", rankings.get(3), prices.get(2));
    }

    @Test
    void onePointPerRankingSnapshotWithThePriceCurrentThen() {
        HttpResponse<String> response = api.get("/api/v1/assets/HOT/history");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        JsonNode body = json.readTree(response.body());
        assertThat(body.path("symbol").asString()).isEqualTo("HOT");
        assertThat(body.path("cryptocompareId").asString()).isEqualTo("cc-HOT");
        assertThat(body.path("coinmarketcapId").asLong()).isEqualTo(2682);
        Instant to = Instant.parse(body.path("to").asString());
        assertThat(to).isBetween(rankings.get(3).completedAt(), Instant.now());
        assertThat(Instant.parse(body.path("from").asString())).isEqualTo(to.minusSeconds(24 * 3600));
        assertThat(body.path("count").asInt()).isEqualTo(4);
        assertThat(points(body))
                .containsExactly(
                        point(0, 3, null, 7000, null),
                        point(1, 1, null, 10000, 0),
                        point(2, 2, "0.0026", 9000, 1),
                        point(3, 3, "0.0024", 8000, 2));
        // Each point is what the top list said at its instant.
        JsonNode then = json.readTree(api.get("/?at=" + rankings.get(2).completedAt() + "&start=2&limit=1")
                        .body())
                .path("data")
                .get(0);
        assertThat(then.path("symbol").asString()).isEqualTo("HOT");
        assertThat(then.path("priceUsd").decimalValue()).isEqualByComparingTo("0.0026");
    }

    @Test
    void fromAndToSelectTheRankingSnapshotsCompletedWithin() {
        JsonNode body = json(history(
                "HOT",
                "from=" + rankings.get(1).completedAt() + "&to="
                        + rankings.get(2).completedAt()));

        assertThat(body.path("from").asString())
                .isEqualTo(rankings.get(1).completedAt().toString());
        assertThat(points(body)).containsExactly(point(1, 1, null, 10000, 0), point(2, 2, "0.0026", 9000, 1));
        // Only the price snapshot current at the first point, though it completed before 'from'.
        assertThat(points(json(history("HOT", "from=" + rankings.get(3).completedAt()))))
                .containsExactly(point(3, 3, "0.0024", 8000, 2));
        assertThat(json(history("HOT", "to=" + rankings.get(0).completedAt().minusMillis(1)))
                        .path("points"))
                .isEmpty();
    }

    @Test
    void anAssetAbsentFromARankingHasNoRankThenAndAnUnpricedOneNoPrice() {
        JsonNode shib = json(history("SHIB", ""));
        assertThat(shib.path("points").get(0).path("rank").isNull()).isTrue();
        assertThat(shib.path("points").get(0).path("volume24hUsd").isNull()).isTrue();
        assertThat(shib.path("points").get(3).path("rank").asInt()).isEqualTo(8);
        assertThat(shib.path("points").get(3).path("priceUsd").decimalValue()).isEqualByComparingTo("0.000269788");

        JsonNode nope = json(history("NOPE", ""));
        assertThat(nope.path("coinmarketcapId").isNull()).isTrue();
        assertThat(nope.path("count").asInt()).isEqualTo(4);
        for (JsonNode point : nope.path("points")) {
            assertThat(point.path("priceUsd").isNull()).isTrue();
            assertThat(point.path("rank").asInt()).isEqualTo(6);
        }
    }

    @Test
    void csvByFormatOrAcceptWithPlainDecimalsAndEmptyCells() {
        HttpResponse<String> csv = api.get(history("HOT", "format=csv"));

        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/csv"));
        assertThat(csv.body())
                .isEqualTo(String.join(
                                "\r\n",
                                "Time,Rank,Price USD,Volume 24h USD",
                                rankings.get(0).completedAt() + ",3,,7000",
                                rankings.get(1).completedAt() + ",1,,10000",
                                rankings.get(2).completedAt() + ",2,0.0026,9000",
                                rankings.get(3).completedAt() + ",3,0.0024,8000")
                        + "\r\n");
        assertThat(api.get(history("HOT", ""), "Accept", "text/csv").body()).isEqualTo(csv.body());
        assertThat(api.get(history("HOT", "format=json"), "Accept", "text/csv").body())
                .startsWith("{");
        assertThat(api.get(history("HOT", ""), "Accept", "text/html,*/*;q=0.8").body())
                .startsWith("{");
        assertThat(api.get(history("HOT", ""), "Accept", "image/png").statusCode())
                .isEqualTo(406);
        assertThat(api.get(history("SHIB", "format=csv")).body()).contains(",8,0.000269788,");
    }

    @Test
    void badParametersAre400sNamingThem() {
        Instant now = Instant.now();
        assertInvalid("from", "from=" + now.minusSeconds(60) + "&to=" + now.minusSeconds(120), "is after 'to'");
        assertInvalid("to", "to=" + now.plusSeconds(3600), "is in the future");
        assertInvalid("from", "from=" + now.minusSeconds(8 * 24 * 3600), "more than 7 d before 'to'");
        assertInvalid("from", "from=yesterday", "ISO-8601");
        assertInvalid("to", "to=2026-11-24", "ISO-8601");
        assertInvalid("limit", "limit=5", "Unknown parameter 'limit'; known: from, to, format");
        assertInvalid("to", "to=" + now.minusSeconds(5) + "&to=" + now.minusSeconds(6), "given 2 times");
        assertInvalid("format", "format=xml", "json or csv");
        HttpResponse<String> badSymbol = api.get("/api/v1/assets/B!TC/history");
        assertThat(badSymbol.statusCode()).isEqualTo(400);
        assertThat(json.readTree(badSymbol.body()).path("parameter").asString()).isEqualTo("symbol");
    }

    @Test
    void aHistoryCostsTheSameQueriesWhateverItsNumberOfSnapshots() {
        json(history("HOT", "")); // the current price snapshot's merge is loaded once, then kept

        long before = mongoCommands.count();
        assertThat(json(history("HOT", "from=" + rankings.get(3).completedAt()))
                        .path("count")
                        .asInt())
                .isEqualTo(1);
        long one = mongoCommands.count() - before;
        before = mongoCommands.count();
        assertThat(json(history("HOT", "")).path("count").asInt()).isEqualTo(4);
        long four = mongoCommands.count() - before;

        // The ranked rows by symbol, then the asset's documents in all rankings, then in all price snapshots.
        assertThat(four).isEqualTo(one).isEqualTo(3);
    }

    private void assertInvalid(String parameter, String query, String detail) {
        HttpResponse<String> response = api.get(history("HOT", query));
        assertThat(response.statusCode()).as(query).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = json.readTree(response.body());
        assertThat(problem.path("parameter").asString()).as(query).isEqualTo(parameter);
        assertThat(problem.path("detail").asString()).as(query).contains(detail);
    }

    /** The clock moves on between publishes, so no two snapshots complete in the same millisecond. */
    private static Snapshot publish(Supplier<Snapshot> publication) {
        Snapshot snapshot = publication.get();
        while (!Instant.now().isAfter(snapshot.completedAt())) {
            Thread.onSpinWait();
        }
        return snapshot;
    }

    /** The same CryptoCompare id in every snapshot, as upstream's. */
    private static String ccId(Ranked asset) {
        return "cc-" + asset.symbol();
    }

    private static List<Ranked> withHotAt(int rank) {
        List<Ranked> assets = new ArrayList<>(SnapshotFixtures.RANKING);
        Ranked hot = assets.remove(2);
        assets.add(rank - 1, hot);
        return assets;
    }

    private static List<Priced> withHoloTokenAt(String price) {
        return SnapshotFixtures.PRICES.stream()
                .map(p -> p.cmcId() == 2682 ? priced(p.cmcId(), p.symbol(), p.name(), p.cmcRank(), price) : p)
                .toList();
    }

    private static String history(String symbol, String query) {
        return "/api/v1/assets/" + symbol + "/history" + (query.isEmpty() ? "" : "?" + query);
    }

    private JsonNode json(String path) {
        HttpResponse<String> response = api.get(path);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    private String point(int ranking, int rank, String price, int volume, Integer pricesSnapshot) {
        return String.join(
                " ",
                rankings.get(ranking).completedAt().toString(),
                String.valueOf(rank),
                String.valueOf(price),
                String.valueOf(volume),
                rankings.get(ranking).id(),
                pricesSnapshot == null ? "null" : prices.get(pricesSnapshot).id());
    }

    private static List<String> points(JsonNode history) {
        List<String> points = new ArrayList<>();
        for (JsonNode point : history.path("points")) {
            points.add(String.join(
                    " ",
                    point.path("at").asString(),
                    point.path("rank").asString(),
                    point.path("priceUsd").isNull()
                            ? "null"
                            : point.path("priceUsd").decimalValue().toPlainString(),
                    point.path("volume24hUsd").decimalValue().toBigInteger().toString(),
                    point.path("rankingSnapshot").asString(),
                    point.path("pricesSnapshot").isNull()
                            ? "null"
                            : point.path("pricesSnapshot").asString()));
        }
        return points;
    }
}
