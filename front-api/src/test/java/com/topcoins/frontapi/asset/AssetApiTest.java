package com.topcoins.frontapi.asset;

import static com.topcoins.frontapi.SnapshotFixtures.ranked;
import static org.assertj.core.api.Assertions.assertThat;

import com.topcoins.common.snapshot.Snapshot;
import com.topcoins.frontapi.ApiClient;
import com.topcoins.frontapi.FrontApiTest;
import com.topcoins.frontapi.SnapshotFixtures;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code GET /api/v1/assets/{symbol}} over HTTP: the row, duplicate tickers, case, and its errors. */
@FrontApiTest
class AssetApiTest {

    @LocalServerPort
    private int port;

    @Autowired
    private SnapshotFixtures fixtures;

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
        api.awaitServing("/?limit=1", ranking, prices);
    }

    @Test
    void answersTheAssetsRowOfTheTopListWithItsSnapshots() {
        HttpResponse<String> response = api.get("/api/v1/assets/BTC");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        JsonNode body = json.readTree(response.body());
        assertThat(body.path("symbol").asString()).isEqualTo("BTC");
        assertThat(body.path("symbolMatch").asString()).isEqualTo("exact");
        assertThat(body.path("rankingSnapshot").asString()).isEqualTo(ranking.id());
        assertThat(body.path("pricesSnapshot").asString()).isEqualTo(prices.id());
        assertThat(body.path("rankingAsOf").asString())
                .isEqualTo(ranking.dataAsOf().toString());
        assertThat(body.path("pricesFetchedAt").asString())
                .isEqualTo(prices.completedAt().toString());
        JsonNode asset = body.path("asset");
        assertThat(asset.path("rank").asInt()).isEqualTo(1);
        assertThat(asset.path("match").asString()).isEqualTo("symbol");
        assertThat(asset.path("coinmarketcapId").asLong()).isEqualTo(1);
        assertThat(body.path("sameSymbol")).isEmpty();
        assertThat(body.path("candidates")).hasSize(1);
        assertThat(body.path("candidates").get(0).path("chosen").asBoolean()).isTrue();
        // The very row of the top list, decimals as plainly written.
        assertThat(asset).isEqualTo(topRow(1));
        assertThat(api.get("/api/v1/assets/TINY").body())
                .contains("\"priceUsd\":0.00000001234")
                // A JSON number in exponent notation (snapshot ids are hex, so digits around an "e" alone prove
                // nothing).
                .doesNotContainPattern("[:\\[,]-?\\d+(\\.\\d+)?[eE][-+]?\\d");
    }

    @Test
    void aSharedTickerListsEveryListingAndWhichOneTheMergeChose() {
        JsonNode hot = json("/api/v1/assets/HOT");

        assertThat(hot.path("asset").path("match").asString()).isEqualTo("name");
        assertThat(hot.path("asset")).isEqualTo(topRow(3));
        // By cmc_rank; the chosen one is HoloToken's by name, not the best-ranked HyperCash.
        assertThat(candidates(hot))
                .containsExactly(
                        "3000 HOT HyperCash 7.25 30 false",
                        "2682 HOT Holo Token 0.00251 80 true",
                        "900 HOT Hydro Protocol 0.5 900 false");

        JsonNode dup = json("/api/v1/assets/DUP");
        assertThat(dup.path("asset").path("match").asString()).isEqualTo("price");
        assertThat(candidates(dup)).containsExactly("7002 DUP Beta Dup 22 20 true", "7001 DUP Alpha Dup 11 50 false");

        // No listing: the row stays unpriced, nothing is chosen.
        JsonNode nope = json("/api/v1/assets/NOPE");
        assertThat(nope.path("asset").path("unpricedReason").asString()).isEqualTo("no_listing");
        assertThat(nope.path("asset").path("coinmarketcapId").isNull()).isTrue();
        assertThat(nope.path("candidates")).isEmpty();
    }

    @Test
    void aSymbolInAnotherCaseFindsTheRankedAssetAndSaysSo() {
        JsonNode body = json("/api/v1/assets/cUSDC");

        assertThat(body.path("symbolMatch").asString()).isEqualTo("ignoring_case");
        assertThat(body.path("asset").path("symbol").asString()).isEqualTo("CUSDC");
        assertThat(body.path("asset").path("priceUsd").decimalValue()).isEqualByComparingTo("0.0228");
        assertThat(candidates(body)).containsExactly("5265 cUSDC Compound USDC 0.0228 150 true");
    }

    @Test
    void anExactCaseMatchWinsThenTheBestRankAndTheOthersAreListed() {
        List<SnapshotFixtures.Ranked> assets = new ArrayList<>(SnapshotFixtures.RANKING);
        assets.add(ranked("cUSDC", "Another Compound USDC", "0.0228"));
        assets.add(ranked("Cusdc", "Yet Another", "0.0228"));
        Snapshot both = fixtures.publishRanking(assets);
        api.awaitServing("/?limit=1", both, prices);

        JsonNode exact = json("/api/v1/assets/cUSDC");
        assertThat(exact.path("symbolMatch").asString()).isEqualTo("exact");
        assertThat(exact.path("asset").path("rank").asInt()).isEqualTo(11);
        assertThat(exact.path("sameSymbol"))
                .extracting(row ->
                        row.path("rank").asInt() + " " + row.path("symbol").asString())
                .containsExactly("5 CUSDC", "12 Cusdc");

        JsonNode ignoringCase = json("/api/v1/assets/cusdc");
        assertThat(ignoringCase.path("symbolMatch").asString()).isEqualTo("ignoring_case");
        assertThat(ignoringCase.path("asset").path("rank").asInt()).isEqualTo(5);
        assertThat(ignoringCase.path("sameSymbol"))
                .extracting(row -> row.path("rank").asInt())
                .containsExactly(11, 12);
        // Other ranked rows are merged as in the top list.
        assertThat(ignoringCase.path("sameSymbol").get(0).path("priceUsd").decimalValue())
                .isEqualByComparingTo("0.0228");
    }

    @Test
    void anUnrankedSymbolIsA404NamingIt() {
        HttpResponse<String> response = api.get("/api/v1/assets/XYZ");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = json.readTree(response.body());
        assertThat(problem.path("title").asString()).isEqualTo("Asset not ranked");
        assertThat(problem.path("detail").asString()).contains("'XYZ'", "ignoring case", "top 10");
        assertThat(problem.path("symbol").asString()).isEqualTo("XYZ");
        assertThat(problem.path("instance").asString()).isEqualTo("/api/v1/assets/XYZ");
        assertThat(api.get("/api/v1/assets/XYZ/history").statusCode()).isEqualTo(404);
    }

    @Test
    void aSymbolOutsideTheCharsetOrAQueryParameterIsA400() {
        for (String symbol : List.of("BT%20C", "B!TC", "%C3%A9", "A".repeat(33), "%2E%2E%5C", "BTC%00")) {
            HttpResponse<String> response = api.get("/api/v1/assets/" + symbol);
            assertThat(response.statusCode()).as(symbol).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        }
        JsonNode problem = json.readTree(api.get("/api/v1/assets/B!TC").body());
        assertThat(problem.path("parameter").asString()).isEqualTo("symbol");
        assertThat(problem.path("detail").asString()).contains("'B!TC'");
        // Symbols with the odd punctuation tickers have are fine (and merely unranked here).
        assertThat(api.get("/api/v1/assets/USDC.e").statusCode()).isEqualTo(404);
        assertThat(api.get("/api/v1/assets/$PAC").statusCode()).isEqualTo(404);

        HttpResponse<String> unknown = api.get("/api/v1/assets/BTC?limit=1");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(json.readTree(unknown.body()).path("parameter").asString()).isEqualTo("limit");
    }

    @Test
    void theOpenApiDocumentDescribesBothOperations() {
        JsonNode paths = json("/v3/api-docs").path("paths");

        JsonNode asset = paths.path("/api/v1/assets/{symbol}").path("get");
        assertThat(asset.path("operationId").asString()).isEqualTo("getAsset");
        assertThat(asset.path("tags").toString()).contains("assets");
        assertThat(asset.path("parameters").toString()).contains("symbol", AssetSymbol.PATTERN);
        assertThat(asset.path("responses").propertyNames()).contains("200", "400", "404", "503");
        JsonNode history = paths.path("/api/v1/assets/{symbol}/history").path("get");
        assertThat(history.path("operationId").asString()).isEqualTo("getAssetHistory");
        assertThat(history.path("parameters").toString()).contains("from", "to", "format", "date-time");
        assertThat(history.path("responses").path("200").path("content").propertyNames())
                .contains("application/json", "text/csv");
        assertThat(history.path("responses").path("404").path("$ref").asString())
                .isEqualTo("#/components/responses/NotFound");
    }

    private JsonNode json(String path) {
        HttpResponse<String> response = api.get(path);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    private JsonNode topRow(int rank) {
        return json("/api/v1/top?start=" + rank + "&limit=1").path("data").get(0);
    }

    private static List<String> candidates(JsonNode answer) {
        List<String> candidates = new ArrayList<>();
        for (JsonNode candidate : answer.path("candidates")) {
            candidates.add(candidate.path("coinmarketcapId").asLong() + " "
                    + candidate.path("symbol").asString() + " "
                    + candidate.path("name").asString() + " "
                    + candidate.path("priceUsd").decimalValue().toPlainString() + " "
                    + candidate.path("cmcRank").asInt() + " "
                    + candidate.path("chosen").asBoolean());
        }
        return candidates;
    }
}
