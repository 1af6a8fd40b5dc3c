package com.topcoins.simulator.coinmarketcap;

import static org.assertj.core.api.Assertions.assertThat;

import com.topcoins.simulator.SimulatorTest;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;

/** Envelope, item shape and query parameters of {@code /v1/cryptocurrency/listings/latest}. */
class CoinMarketCapListingTest extends SimulatorTest {

    private static final String ISO_MILLIS = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z";
    private static final List<String> ITEM_FIELDS = List.of(
            "id",
            "name",
            "symbol",
            "slug",
            "num_market_pairs",
            "date_added",
            "tags",
            "max_supply",
            "circulating_supply",
            "total_supply",
            "infinite_supply",
            "platform",
            "cmc_rank",
            "self_reported_circulating_supply",
            "self_reported_market_cap",
            "tvl_ratio",
            "last_updated",
            "quote");
    private static final List<String> QUOTE_FIELDS = List.of(
            "price",
            "volume_24h",
            "volume_change_24h",
            "percent_change_1h",
            "percent_change_24h",
            "percent_change_7d",
            "percent_change_30d",
            "percent_change_60d",
            "percent_change_90d",
            "market_cap",
            "market_cap_dominance",
            "fully_diluted_market_cap",
            "tvl",
            "last_updated");

    @Test
    void successEnvelopeHasStatusAndDataArray() {
        JsonNode body = cmcJson("");
        assertThat(fieldNames(body)).containsExactly("status", "data");
        JsonNode status = body.get("status");
        assertThat(fieldNames(status))
                .containsExactly(
                        "timestamp", "error_code", "error_message", "elapsed", "credit_count", "notice", "total_count");
        assertThat(status.get("timestamp").asString()).matches(ISO_MILLIS);
        assertThat(status.get("error_code").isInt()).isTrue();
        assertThat(status.get("error_code").asInt()).isZero();
        assertThat(status.get("error_message").isNull()).isTrue();
        assertThat(status.get("elapsed").isIntegralNumber()).isTrue();
        assertThat(status.get("credit_count").asInt()).isEqualTo(1);
        assertThat(status.get("notice").isNull()).isTrue();
        assertThat(status.get("total_count").asInt()).isGreaterThan(5000);
        assertThat(body.get("data").isArray()).isTrue();
        assertThat(body.get("data").size()).isEqualTo(100);
    }

    @Test
    void itemsHaveTheRealFieldSetAndJsonTypes() {
        for (JsonNode item : cmcJson("?limit=500").get("data")) {
            assertThat(fieldNames(item)).containsExactlyElementsOf(ITEM_FIELDS);
            assertThat(item.get("id").isIntegralNumber()).isTrue();
            assertThat(item.get("name").isString()).isTrue();
            assertThat(item.get("symbol").isString()).isTrue();
            assertThat(item.get("slug").isString()).isTrue();
            assertThat(item.get("num_market_pairs").isInt()).isTrue();
            assertThat(item.get("date_added").asString()).matches(ISO_MILLIS);
            assertThat(item.get("tags").isArray()).isTrue();
            item.get("tags").forEach(tag -> assertThat(tag.isString()).isTrue());
            assertThat(item.get("max_supply").isNull() || item.get("max_supply").isNumber())
                    .isTrue();
            assertThat(item.get("circulating_supply").isNumber()).isTrue();
            assertThat(item.get("total_supply").isNumber()).isTrue();
            assertThat(item.get("infinite_supply").isBoolean()).isTrue();
            JsonNode platform = item.get("platform");
            if (!platform.isNull()) {
                assertThat(fieldNames(platform)).containsExactly("id", "name", "symbol", "slug", "token_address");
                assertThat(platform.get("id").isInt()).isTrue();
            }
            assertThat(item.get("cmc_rank").isInt()).isTrue();
            assertThat(item.get("last_updated").asString()).matches(ISO_MILLIS);
            JsonNode usd = item.get("quote").get("USD");
            assertThat(fieldNames(item.get("quote"))).containsExactly("USD");
            assertThat(fieldNames(usd)).containsExactlyElementsOf(QUOTE_FIELDS);
            assertThat(usd.get("price").isNumber()).isTrue();
            assertThat(usd.get("volume_24h").isNumber()).isTrue();
            assertThat(usd.get("market_cap").isNumber()).isTrue();
            assertThat(usd.get("last_updated").asString()).matches(ISO_MILLIS);
        }
    }

    @Test
    void defaultOrderIsCmcRankWhichIsMarketCapOrder() {
        List<JsonNode> items = list(cmcJson("?limit=300").get("data"));
        for (int i = 0; i < items.size(); i++) {
            assertThat(items.get(i).get("cmc_rank").asInt()).isEqualTo(i + 1);
            if (i > 0) {
                assertThat(marketCap(items.get(i))).isLessThanOrEqualTo(marketCap(items.get(i - 1)));
            }
        }
        assertThat(items.get(0).get("symbol").asString()).isEqualTo("BTC");
    }

    @Test
    void startAndLimitPageThroughTheList() {
        JsonNode whole = cmcJson("?start=1&limit=120");
        JsonNode first = cmcJson("?start=1&limit=60");
        JsonNode second = cmcJson("?start=61&limit=60");
        List<Integer> stitched = ids(first);
        stitched.addAll(ids(second));
        assertThat(stitched).isEqualTo(ids(whole)).doesNotHaveDuplicates();
        int total = whole.get("status").get("total_count").asInt();
        assertThat(first.get("status").get("total_count").asInt()).isEqualTo(total);

        JsonNode last = cmcJson("?start=" + (total - 9) + "&limit=100");
        assertThat(last.get("data").size()).isEqualTo(10);
        JsonNode beyond = cmcJson("?start=" + (total + 1));
        assertThat(beyond.get("data").isArray()).isTrue();
        assertThat(beyond.get("data").size()).isZero();
        assertThat(beyond.get("status").get("total_count").asInt()).isEqualTo(total);
    }

    @Test
    void wholeListingInTwoPagesHasUniqueIds() {
        JsonNode first = cmcJson("?limit=5000");
        JsonNode second = cmcJson("?start=5001&limit=5000");
        Set<Integer> all = new HashSet<>(ids(first));
        all.addAll(ids(second));
        assertThat(all).hasSize(first.get("status").get("total_count").asInt());
        assertThat(first.get("status").get("credit_count").asInt()).isEqualTo(50);
    }

    @Test
    void fiveThousandItemsComeBackWellUnderASecond() {
        cmc("?limit=5000"); // warm-up: JIT
        long started = System.nanoTime();
        JsonNode body = cmcJson("?limit=5000");
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertThat(body.get("data").size()).isEqualTo(5000);
        assertThat(millis).isLessThan(1000);
    }

    /** The two sort fields our clients use; the ingestion service asks for {@code sort=volume_24h&sort_dir=desc}. */
    @Test
    void sortByVolumeOrRank() {
        assertSorted(cmcJson("?sort=volume_24h&limit=500"), item -> usd(item, "volume_24h"), true);
        assertSorted(cmcJson("?sort=volume_24h&sort_dir=desc&limit=500"), item -> usd(item, "volume_24h"), true);
        assertSorted(cmcJson("?sort=volume_24h&sort_dir=asc&limit=500"), item -> usd(item, "volume_24h"), false);
        List<Integer> reversedRank = list(
                        cmcJson("?sort=market_cap&sort_dir=asc&limit=5").get("data"))
                .stream()
                .map(item -> item.get("cmc_rank").asInt())
                .toList();
        assertThat(reversedRank).isSortedAccordingTo(java.util.Comparator.reverseOrder());
    }

    @Test
    void auxListsTheOptionalFields() {
        JsonNode item = cmcJson("?limit=1&aux=cmc_rank").get("data").get(0);
        assertThat(fieldNames(item))
                .containsExactly(
                        "id",
                        "name",
                        "symbol",
                        "slug",
                        "infinite_supply",
                        "cmc_rank",
                        "self_reported_circulating_supply",
                        "self_reported_market_cap",
                        "tvl_ratio",
                        "last_updated",
                        "quote");
        JsonNode extended = cmcJson("?limit=1&aux=volume_7d,market_cap_by_total_supply,is_market_cap_included_in_calc")
                .get("data")
                .get(0);
        assertThat(extended.has("market_cap_by_total_supply")).isTrue();
        assertThat(extended.get("is_market_cap_included_in_calc").isBoolean()).isTrue();
        assertThat(extended.get("quote").get("USD").has("volume_7d")).isTrue();
        assertThat(extended.has("tags")).isFalse();
    }

    @Test
    void quoteMapIsKeyedByWhatWasRequested() {
        JsonNode eur = cmcJson("?limit=3&convert=EUR").get("data").get(0).get("quote");
        assertThat(fieldNames(eur)).containsExactly("EUR");
        JsonNode both = cmcJson("?limit=3&convert=USD,BTC").get("data").get(0);
        assertThat(fieldNames(both.get("quote"))).containsExactly("USD", "BTC");
        assertThat(both.get("symbol").asString()).isEqualTo("BTC");
        assertThat(both.get("quote").get("BTC").get("price").decimalValue()).isEqualByComparingTo("1");
        assertThat(usd(both, "price")).isGreaterThan(usdOf(eur, "EUR")); // a euro is worth more than a dollar
        assertThat(cmcJson("?limit=1&convert=USD,EUR")
                        .get("status")
                        .get("credit_count")
                        .asInt())
                .isEqualTo(2);
    }

    @Test
    void unknownParameterIsRejectedWithAStatusOnlyBody() {
        Reply reply = cmc("?limit=10&xyz=1");
        assertThat(reply.status()).isEqualTo(400);
        JsonNode body = reply.json();
        assertThat(fieldNames(body)).containsExactly("status");
        assertThat(fieldNames(body.get("status")))
                .containsExactly("timestamp", "error_code", "error_message", "elapsed", "credit_count");
        assertThat(body.get("status").get("error_code").asInt()).isEqualTo(400);
        assertThat(body.get("status").get("error_message").asString()).isEqualTo("\"xyz\" is not allowed");
        assertThat(body.get("status").get("credit_count").asInt()).isZero();
        assertThat(body.get("status").get("timestamp").asString()).matches(ISO_MILLIS);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "limit=5001               | \"limit\" must be less than or equal to 5000",
                "limit=0                  | \"limit\" must be larger than or equal to 1",
                "limit=abc                | \"limit\" must be a number",
                "limit=1.5                | \"limit\" must be an integer",
                "start=0                  | \"start\" must be larger than or equal to 1",
                "sort=hype                | \"sort\" must be one of [market_cap, volume_24h]",
                // Real sort fields and filters no client sends: refused, never silently ignored.
                "sort=price               | \"sort\" must be one of [market_cap, volume_24h]",
                "price_min=1000           | \"price_min\" is not allowed",
                "cryptocurrency_type=coins | \"cryptocurrency_type\" is not allowed",
                "sort_dir=up              | \"sort_dir\" must be one of [asc, desc]",
                "convert=XYZ              | Invalid value for \"convert\": \"XYZ\"",
                "aux=colour               | Invalid value for \"aux\": \"colour\"",
                "convert_id=2781          | \"convert_id\" is not allowed"
            })
    void outOfRangeValuesAreRejectedValidatorStyle(String query, String message) {
        Reply reply = cmc("?" + query);
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("status").get("error_code").asInt()).isEqualTo(400);
        assertThat(reply.json().get("status").get("error_message").asString()).isEqualTo(message);
        assertThat(reply.json().has("data")).isFalse();
    }

    @Test
    void apiKeyFromHeaderOrQueryOnly() {
        assertThat(get(LISTINGS + "?limit=1&CMC_PRO_API_KEY=" + CMC_KEY).status())
                .isEqualTo(200);
        assertAuthError(get(LISTINGS + "?limit=1"), 1002, "API key missing.");
        // api_key is not CoinMarketCap's spelling: answered as if no key was sent.
        assertAuthError(get(LISTINGS + "?limit=1&api_key=" + CMC_KEY), 1002, "API key missing.");
        assertAuthError(get(LISTINGS + "?limit=1", "X-CMC_PRO_API_KEY", "not-a-key"), 1001, "This API Key is invalid.");
        assertAuthError(get(LISTINGS + "?limit=1&CMC_PRO_API_KEY=nope"), 1001, "This API Key is invalid.");
    }

    @Test
    void numbersArePlainDecimalsOrLowerCaseExponentsBelowOneMillionth() {
        Reply reply = cmc("?limit=5000");
        int exponents = 0;
        int integers = 0;
        try (JsonParser parser = MAPPER.createParser(reply.body())) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token == JsonToken.VALUE_NUMBER_FLOAT || token == JsonToken.VALUE_NUMBER_INT) {
                    String text = parser.getString();
                    assertThat(text).doesNotContain("E");
                    if (text.contains("e")) {
                        exponents++;
                        assertThat(new BigDecimal(text).abs()).isLessThan(new BigDecimal("0.000001"));
                    }
                    if (token == JsonToken.VALUE_NUMBER_INT) {
                        integers++;
                    }
                }
            }
        }
        assertThat(exponents).isPositive();
        assertThat(integers).isPositive();
        assertThat(reply.body()).contains("\"price\":0.000");
    }

    @Test
    void theListingCarriesTheDocumentedOddities() {
        List<JsonNode> items = list(cmcJson("?limit=5000").get("data"));
        items.addAll(list(cmcJson("?start=5001&limit=5000").get("data")));

        Map<String, Long> bySymbol = items.stream()
                .collect(Collectors.groupingBy(item -> item.get("symbol").asString(), Collectors.counting()));
        long duplicated = bySymbol.values().stream()
                .filter(n -> n > 1)
                .mapToLong(Long::longValue)
                .sum();
        assertThat(duplicated).isGreaterThanOrEqualTo(items.size() / 100);
        assertThat(bySymbol.get("HOT")).isEqualTo(3);

        assertThat(items).anyMatch(item -> item.get("platform").isNull());
        assertThat(items)
                .anyMatch(item -> !item.get("platform").isNull()
                        && item.get("platform").get("token_address").asString().equals("BUSD-BD1"));
        assertThat(items).anyMatch(item -> item.get("max_supply").isNull());
        assertThat(items)
                .anyMatch(item -> item.get("circulating_supply").isIntegralNumber()
                        && item.get("total_supply").isIntegralNumber());
        assertThat(items)
                .anyMatch(item -> item.get("circulating_supply").asDouble() == 0
                        && item.get("quote").get("USD").get("market_cap").isIntegralNumber()
                        && item.get("quote").get("USD").get("market_cap").asLong() == 0);
        assertThat(items)
                .anyMatch(item -> item.get("quote")
                                .get("USD")
                                .get("fully_diluted_market_cap")
                                .isIntegralNumber()
                        && item.get("quote")
                                        .get("USD")
                                        .get("fully_diluted_market_cap")
                                        .asLong()
                                == 0);
        assertThat(items)
                .anyMatch(item ->
                        item.get("quote").get("USD").get("percent_change_7d").isNull());
        assertThat(items)
                .anyMatch(item -> item.get("quote").get("USD").get("tvl").isNull());
        assertThat(items)
                .anyMatch(item -> item.get("quote").get("USD").get("tvl").isNumber());
        assertThat(items).anyMatch(item -> item.get("infinite_supply").asBoolean());
        assertThat(items).anyMatch(item -> usd(item, "price").compareTo(new BigDecimal("0.000001")) < 0);
        assertThat(items).anyMatch(item -> usd(item, "price").compareTo(new BigDecimal(80_000)) > 0);
        assertThat(items).anyMatch(item -> item.get("symbol").asString().equals("cUSDC"));
        assertThat(items).anyMatch(item -> item.get("tags").isEmpty());
    }

    private static void assertAuthError(Reply reply, int code, String message) {
        assertThat(reply.status()).isEqualTo(401);
        JsonNode status = reply.json().get("status");
        assertThat(fieldNames(reply.json())).containsExactly("status");
        assertThat(status.get("error_code").asInt()).isEqualTo(code);
        assertThat(status.get("error_message").asString()).isEqualTo(message);
        assertThat(status.get("credit_count").asInt()).isZero();
    }

    private static void assertSorted(
            JsonNode body, java.util.function.Function<JsonNode, BigDecimal> key, boolean descending) {
        List<BigDecimal> values = list(body.get("data")).stream().map(key).toList();
        assertThat(values)
                .isSortedAccordingTo(
                        descending ? java.util.Comparator.reverseOrder() : java.util.Comparator.naturalOrder());
    }

    private static List<Integer> ids(JsonNode body) {
        return list(body.get("data")).stream()
                .map(item -> item.get("id").asInt())
                .collect(Collectors.toCollection(java.util.ArrayList::new));
    }

    private static BigDecimal marketCap(JsonNode item) {
        return usd(item, "market_cap");
    }

    static BigDecimal usd(JsonNode item, String field) {
        return usdOf(item.get("quote"), "USD", field);
    }

    private static BigDecimal usdOf(JsonNode quote, String currency) {
        return usdOf(quote, currency, "price");
    }

    private static BigDecimal usdOf(JsonNode quote, String currency, String field) {
        return quote.get(currency).get(field).decimalValue();
    }
}
