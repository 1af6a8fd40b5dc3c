package com.topcoins.simulator.coinmarketcap;

import static org.assertj.core.api.Assertions.assertThat;

import com.topcoins.simulator.SimulatorTest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

/** {@code /v2/cryptocurrency/quotes/latest} with the default settings: shapes, lookups, validation, credits. */
class CoinMarketCapQuotesTest extends SimulatorTest {

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
            "is_active",
            "platform",
            "cmc_rank",
            "is_fiat",
            "self_reported_circulating_supply",
            "self_reported_market_cap",
            "tvl_ratio",
            "last_updated",
            "quote");
    private static final String PERCENT_CHANGES = "percent_change_1h,percent_change_24h,percent_change_7d,"
            + "percent_change_30d,percent_change_60d,percent_change_90d";
    /** The inactive coins of FamousAssets: CoinMarketCap id to the symbol they share with a ranked coin. */
    private static final Map<Integer, String> INACTIVE = Map.of(646, "ETH", 1543, "SOL", 68, "DOGE");

    @Test
    void bySymbolDataMapsEachRequestedSymbolToAnArrayOfCoins() {
        JsonNode body = quotesJson("?symbol=BTC,ETH");
        assertThat(fieldNames(body)).containsExactly("status", "data");
        assertThat(fieldNames(body.get("status")))
                .containsExactly("timestamp", "error_code", "error_message", "elapsed", "credit_count", "notice");
        JsonNode data = body.get("data");
        assertThat(data.isObject()).isTrue();
        assertThat(fieldNames(data)).containsExactly("BTC", "ETH");
        assertThat(data.get("BTC").isArray()).isTrue();
        assertThat(list(data.get("BTC")))
                .extracting(coin -> coin.get("id").asInt())
                .containsExactly(1);
        assertThat(list(data.get("ETH")))
                .extracting(coin -> coin.get("id").asInt())
                .containsExactly(646, 1027);
        assertThat(body.get("status").get("credit_count").asInt()).isEqualTo(1);
    }

    /**
     * Every coin of a symbol (ignoring case), inactive ones included, by CoinMarketCap id: the listing's coins of the
     * symbol, with the inactive namesakes first, since their ids are lower.
     */
    @Test
    void symbolArraysHoldEveryCoinOfTheSymbolByIdWithTheInactiveNamesakeFirst() {
        Map<String, List<Integer>> listed = new java.util.HashMap<>();
        for (String page : List.of("?limit=5000", "?start=5001&limit=5000")) {
            for (JsonNode item : cmcJson(page).get("data")) {
                listed.computeIfAbsent(item.get("symbol").asString().toUpperCase(Locale.ROOT), s -> new ArrayList<>())
                        .add(item.get("id").asInt());
            }
        }
        Set<String> symbols = new LinkedHashSet<>(INACTIVE.values());
        // The duplicate-symbol groups of the top of CryptoCompare's ranking, such as HOT (three coins).
        list(get("/admin/truth").json().get("cryptocompare")).stream()
                .limit(300)
                .filter(entry -> entry.get("listedWithTicker").asInt() > 1)
                .forEach(entry -> symbols.add(entry.get("cryptocompareSymbol").asString()));
        assertThat(symbols).contains("HOT").hasSizeGreaterThan(INACTIVE.size() + 3);

        JsonNode data = quotesJson("?symbol=" + String.join(",", symbols)).get("data");
        assertThat(fieldNames(data)).containsExactlyElementsOf(symbols);
        for (String symbol : symbols) {
            List<JsonNode> coins = list(data.get(symbol));
            List<Integer> ids = coins.stream().map(c -> c.get("id").asInt()).toList();
            assertThat(ids).as(symbol).isSortedAccordingTo(Comparator.naturalOrder());
            assertThat(coins)
                    .allSatisfy(c -> assertThat(c.get("symbol").asString()).isEqualToIgnoringCase(symbol));
            List<Integer> active = coins.stream()
                    .filter(c -> c.get("is_active").asInt() == 1)
                    .map(c -> c.get("id").asInt())
                    .toList();
            assertThat(active).as(symbol).containsExactlyInAnyOrderElementsOf(listed.get(symbol));
            List<Integer> inactive = INACTIVE.entrySet().stream()
                    .filter(e -> e.getValue().equals(symbol))
                    .map(Map.Entry::getKey)
                    .toList();
            assertThat(ids).as(symbol).hasSize(active.size() + inactive.size());
            if (!inactive.isEmpty()) {
                assertThat(ids.get(0)).as(symbol).isEqualTo(inactive.get(0));
            }
        }
        // Holo (the one CryptoCompare ranks, and the biggest) is not first: the array is not in rank order.
        assertThat(list(data.get("HOT"))).extracting(c -> c.get("id").asInt()).containsExactly(2430, 2682, 31872);
    }

    @Test
    void inactiveCoinsLookInactiveAndStayOutOfTheListingAndTheTruth() {
        JsonNode data = quotesJson("?id=646,1543,68").get("data");
        assertThat(fieldNames(data)).containsExactly("646", "1543", "68");
        for (JsonNode coin : list(data)) {
            assertThat(fieldNames(coin)).containsExactlyElementsOf(ITEM_FIELDS);
            assertThat(coin.get("is_active").isInt()).isTrue();
            assertThat(coin.get("is_active").asInt()).isZero();
            assertThat(coin.get("num_market_pairs").asInt()).isZero();
            assertThat(coin.get("tags").isArray()).isTrue();
            assertThat(coin.get("tags").isEmpty()).isTrue();
            assertThat(coin.get("cmc_rank").isNull()).isTrue();
            assertThat(coin.get("max_supply").isNull()).isTrue();
            assertThat(coin.get("circulating_supply").isIntegralNumber()).isTrue();
            assertThat(coin.get("circulating_supply").asInt()).isZero();
            JsonNode usd = coin.get("quote").get("USD");
            assertThat(usd.get("market_cap").isIntegralNumber()).isTrue();
            assertThat(usd.get("market_cap").asInt()).isZero();
            assertThat(usd.get("volume_24h").asDouble()).isZero();
            assertThat(usd.get("price").asDouble()).isPositive();
            for (String change : PERCENT_CHANGES.split(",")) {
                assertThat(usd.get(change).isNull()).as(change).isTrue();
            }
        }
        assertThat(data.get("1543").get("date_added").isNull()).isTrue();
        assertThat(data.get("646").get("date_added").asString()).isEqualTo("2014-10-03T00:00:00.000Z");
        assertThat(data.get("1543").get("platform").get("id").asInt()).isEqualTo(1027);

        List<Integer> listing = new ArrayList<>();
        for (String page : List.of("?limit=5000", "?start=5001&limit=5000")) {
            cmcJson(page).get("data").forEach(item -> listing.add(item.get("id").asInt()));
        }
        assertThat(listing).doesNotContainAnyElementsOf(INACTIVE.keySet());
        List<JsonNode> truth = list(get("/admin/truth").json().get("cryptocompare"));
        assertThat(truth).noneMatch(entry -> INACTIVE.containsKey(cmcId(entry)));
        // The truth counts listed coins only: Ethereum is still alone with its ticker there.
        assertThat(truth)
                .filteredOn(entry -> cmcId(entry) == 1027)
                .singleElement()
                .satisfies(entry ->
                        assertThat(entry.get("listedWithTicker").asInt()).isEqualTo(1));
    }

    @Test
    void byIdDataMapsEachIdStringToOneCoin() {
        JsonNode data = quotesJson("?id=1027,1,5426").get("data");
        assertThat(fieldNames(data)).containsExactly("1027", "1", "5426");
        for (String id : fieldNames(data)) {
            assertThat(data.get(id).isObject()).isTrue();
            assertThat(data.get(id).get("id").asInt()).isEqualTo(Integer.parseInt(id));
        }
        assertThat(data.get("5426").get("symbol").asString()).isEqualTo("SOL");
        // One coin however its id is written.
        assertThat(fieldNames(quotesJson("?id=1,01").get("data"))).containsExactly("1");
    }

    @Test
    void bySlugDataIsKeyedByIdAsRecorded() {
        JsonNode data = quotesJson("?slug=bitcoin,ethercoin,Solana").get("data");
        assertThat(fieldNames(data)).containsExactly("1", "646", "5426");
        assertThat(data.get("646").get("slug").asString()).isEqualTo("ethercoin");
        assertThat(data.get("1").isObject()).isTrue();
    }

    @Test
    void symbolsMatchIgnoringCaseAndKeyDataAsRequested() {
        JsonNode data = quotesJson("?symbol=eth,Steth,Btc").get("data");
        assertThat(fieldNames(data)).containsExactly("eth", "Steth", "Btc");
        assertThat(list(data.get("eth")))
                .extracting(c -> c.get("symbol").asString())
                .containsExactly("ETH", "ETH");
        assertThat(list(data.get("Steth"))).extracting(c -> c.get("id").asInt()).containsExactly(8085);
        assertThat(list(data.get("Steth")).get(0).get("symbol").asString()).isEqualTo("stETH");
        assertThat(list(data.get("Btc"))).extracting(c -> c.get("id").asInt()).containsExactly(1);
    }

    @Test
    void itemsCarryTagObjectsAndIntegerFlags() {
        JsonNode btc = quotesJson("?id=1").get("data").get("1");
        assertThat(fieldNames(btc)).containsExactlyElementsOf(ITEM_FIELDS);
        assertThat(btc.get("tags").size()).isEqualTo(4);
        for (JsonNode tag : btc.get("tags")) {
            assertThat(fieldNames(tag)).containsExactly("slug", "name", "category");
            assertThat(tag.get("name").isString()).isTrue();
            assertThat(tag.get("category").isString()).isTrue();
        }
        assertThat(btc.get("tags").get(0).get("slug").asString()).isEqualTo("mineable");
        assertThat(btc.get("tags").get(1).get("name").asString()).isEqualTo("PoW");
        assertThat(btc.get("tags").get(1).get("category").asString()).isEqualTo("ALGORITHM");
        assertThat(btc.get("is_active").isInt()).isTrue();
        assertThat(btc.get("is_active").asInt()).isEqualTo(1);
        assertThat(btc.get("is_fiat").isInt()).isTrue();
        assertThat(btc.get("is_fiat").asInt()).isZero();
        assertThat(btc.get("infinite_supply").isBoolean()).isTrue();
        assertThat(btc.get("cmc_rank").asInt()).isEqualTo(1);
        // The listing keeps plain tag slugs.
        assertThat(cmcJson("?limit=1").get("data").get(0).get("tags").get(0).asString())
                .isEqualTo("mineable");

        JsonNode trimmed =
                quotesJson("?id=1&aux=volume_7d,is_active").get("data").get("1");
        assertThat(trimmed.has("tags")).isFalse();
        assertThat(trimmed.has("is_fiat")).isFalse();
        assertThat(trimmed.get("is_active").asInt()).isEqualTo(1);
        assertThat(trimmed.get("quote").get("USD").has("volume_7d")).isTrue();
    }

    /** Same snapshot, same renderer: at one tick a coin's quote is its listing item's, and both move with the ticks. */
    @Test
    void aQuoteEqualsTheListingItemOfTheSameTick() {
        for (int round = 0; round < 2; round++) {
            tick(1);
            List<JsonNode> listing = list(cmcJson("?limit=120").get("data"));
            String ids = listing.stream().map(item -> item.get("id").asString()).collect(Collectors.joining(","));
            JsonNode data = quotesJson("?id=" + ids).get("data");
            for (JsonNode item : listing) {
                JsonNode quote = data.get(item.get("id").asString());
                assertThat(quote.get("quote")).isEqualTo(item.get("quote"));
                assertThat(quote.get("last_updated")).isEqualTo(item.get("last_updated"));
                assertThat(quote.get("cmc_rank")).isEqualTo(item.get("cmc_rank"));
                assertThat(quote.get("circulating_supply")).isEqualTo(item.get("circulating_supply"));
            }
        }
        JsonNode before = quotesJson("?id=1").get("data").get("1").get("quote").get("USD");
        tick(1);
        JsonNode after = quotesJson("?id=1").get("data").get("1").get("quote").get("USD");
        assertThat(after.get("price")).isNotEqualTo(before.get("price"));
    }

    @Test
    void unknownValuesAreRefusedByDefault() {
        assertBadRequest(quotes("?symbol=ETH,NOSUCHCOIN"), "Invalid value for \"symbol\": \"NOSUCHCOIN\"");
        assertBadRequest(
                quotes("?symbol=NOSUCH1,ETH,NOSUCH2&skip_invalid=false"),
                "Invalid values for \"symbol\": \"NOSUCH1,NOSUCH2\"");
        assertBadRequest(quotes("?id=1,999999999"), "Invalid value for \"id\": \"999999999\"");
        assertBadRequest(quotes("?id=99999999999999999999"), "Invalid value for \"id\": \"99999999999999999999\"");
        assertBadRequest(quotes("?slug=bitcoin,no-such-coin"), "Invalid value for \"slug\": \"no-such-coin\"");
    }

    @Test
    void skipInvalidLeavesUnknownValuesOut() {
        JsonNode body = quotesJson("?symbol=NOSUCH1,ETH,NOSUCH2&skip_invalid=true");
        assertThat(fieldNames(body.get("data"))).containsExactly("ETH");
        assertThat(fieldNames(quotesJson("?id=1,999999999&skip_invalid=true").get("data")))
                .containsExactly("1");
        assertThat(fieldNames(quotesJson("?slug=no-such-coin,ethereum&skip_invalid=true")
                        .get("data")))
                .containsExactly("1027");

        JsonNode nothing = quotesJson("?symbol=NOSUCHCOIN&skip_invalid=true");
        assertThat(nothing.get("data").isObject()).isTrue();
        assertThat(nothing.get("data").isEmpty()).isTrue();
        assertThat(nothing.get("status").get("credit_count").asInt()).isEqualTo(1);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "id=1&foo=1                 | \"foo\" is not allowed",
                "id=1&limit=10              | \"limit\" is not allowed",
                "convert=USD                | \"value\" must contain at least one of [id, slug, symbol]",
                "''                         | \"value\" must contain at least one of [id, slug, symbol]",
                "id=1&symbol=BTC            | \"value\" contains a conflict between exclusive peers [id, slug, symbol]",
                "id=abc                     | \"id\" with value \"abc\" fails to match the required pattern: /^\\d+(?:,\\d+)*$/",
                "id=1,,2                    | \"id\" with value \"1,,2\" fails to match the required pattern: /^\\d+(?:,\\d+)*$/",
                "slug=bit_coin              | \"slug\" with value \"bit_coin\" fails to match the required pattern: /^[0-9a-z-]+(?:,[0-9a-z-]+)*$/",
                "symbol=BTC,               | \"symbol\" with value \"BTC,\" fails to match the required pattern: /^[0-9A-Za-z$@\\-]+(?:,[0-9A-Za-z$@\\-]+)*$/",
                "symbol=                    | \"symbol\" is not allowed to be empty",
                "id=1&convert=USD&convert_id=2781 | \"convert_id\" is not allowed",
                "id=1&convert=XYZ           | Invalid value for \"convert\": \"XYZ\"",
                "id=1&aux=is_market_cap_included_in_calc | Invalid value for \"aux\": \"is_market_cap_included_in_calc\"",
                "id=1&skip_invalid=yes      | \"skip_invalid\" must be a boolean"
            })
    void badRequestsAreRefusedValidatorStyle(String query, String message) {
        assertBadRequest(quotes("?" + query), message);
    }

    @Test
    void creditsCountCoinsReturnedPerHundredPlusExtraConversions() {
        assertThat(credits(quotesJson("?id=1"))).isEqualTo(1);
        List<String> ids = list(cmcJson("?limit=150").get("data")).stream()
                .map(item -> item.get("id").asString())
                .toList();
        JsonNode hundred = quotesJson("?id=" + String.join(",", ids.subList(0, 100)));
        assertThat(hundred.get("data").size()).isEqualTo(100);
        assertThat(credits(hundred)).isEqualTo(1);
        JsonNode more = quotesJson("?id=" + String.join(",", ids));
        assertThat(more.get("data").size()).isEqualTo(150);
        assertThat(credits(more)).isEqualTo(2);
        JsonNode twoConverts = quotesJson("?id=1&convert=USD,EUR");
        assertThat(fieldNames(twoConverts.get("data").get("1").get("quote"))).containsExactly("USD", "EUR");
        assertThat(credits(twoConverts)).isEqualTo(2);
        assertThat(credits(quotesJson("?id=" + String.join(",", ids) + "&convert=USD,EUR")))
                .isEqualTo(3);
    }

    @Test
    void adminStatsSumTheCreditsOfSuccessfulAnswersOfBothEndpoints() {
        quotesJson("?id=1&convert=USD,EUR"); // 2
        cmcJson("?limit=150"); // 2
        quotesJson("?symbol=HOT"); // 1 (three coins)
        assertThat(quotes("?id=abc").status()).isEqualTo(400); // errors cost nothing
        assertThat(get(QUOTES + "?id=1").status()).isEqualTo(401);
        fault("coinmarketcap", "SERVER_ERROR", Map.of("count", 1)); // faults apply to quotes too
        assertThat(quotes("?id=1").status()).isEqualTo(500);

        JsonNode stats = send("GET", "/admin/stats", null).json();
        assertThat(fieldNames(stats.get("coinmarketcap"))).containsExactly("requests", "credits");
        assertThat(stats.get("coinmarketcap").get("requests").asLong()).isEqualTo(6);
        assertThat(stats.get("coinmarketcap").get("credits").asLong()).isEqualTo(5);
        assertThat(fieldNames(stats.get("cryptocompare"))).containsExactly("requests");

        assertThat(send("DELETE", "/admin/stats", null).status()).isEqualTo(204);
        assertThat(send("GET", "/admin/stats", null)
                        .json()
                        .get("coinmarketcap")
                        .get("credits")
                        .asLong())
                .isZero();
    }

    private static Reply quotes(String query) {
        return get(QUOTES + query, "X-CMC_PRO_API_KEY", CMC_KEY);
    }

    private static JsonNode quotesJson(String query) {
        Reply reply = quotes(query);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json();
    }

    /** The truth entry's CoinMarketCap id; -1 when CoinMarketCap does not list the asset. */
    private static int cmcId(JsonNode truthEntry) {
        JsonNode id = truthEntry.get("coinmarketcapId");
        return id.isNull() ? -1 : id.asInt();
    }

    private static int credits(JsonNode body) {
        return body.get("status").get("credit_count").asInt();
    }

    static void assertBadRequest(Reply reply, String message) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(400);
        JsonNode body = reply.json();
        assertThat(fieldNames(body)).containsExactly("status");
        assertThat(body.get("status").get("error_code").asInt()).isEqualTo(400);
        assertThat(body.get("status").get("error_message").asString()).isEqualTo(message);
        assertThat(body.get("status").get("credit_count").asInt()).isZero();
    }
}
