package com.topcoins.simulator.market;

import static org.assertj.core.api.Assertions.assertThat;

import com.topcoins.simulator.SimulatorTest;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** {@code /admin/truth} against what the two APIs serve, and the designed traps it names. */
class GroundTruthTest extends SimulatorTest {

    /** More than CoinMarketCap lists in the default market. */
    private static final int ALL = 10_000;

    @Test
    void truthFollowsCryptoComparesOrderAndNamesTheCoinMarketCapAssetOfEach() {
        List<JsonNode> truth = list(get("/admin/truth").json().get("cryptocompare"));
        List<JsonNode> page =
                list(ccJson(TOTALVOL, "?tsym=USD&limit=100&page=0").get("Data"));

        assertThat(truth.subList(0, 100))
                .extracting(entry -> entry.get("cryptocompareId").asString())
                .containsExactlyElementsOf(page.stream()
                        .map(entry -> entry.get("CoinInfo").get("Id").asString())
                        .toList());
        // Each listed one is at its cmc_rank in CoinMarketCap's listing, and at its volume rank in the listing
        // sorted by volume_24h, with that id.
        for (JsonNode entry : truth.subList(0, 100)) {
            if (!entry.get("coinmarketcapId").isNull()) {
                JsonNode item = cmcJson("?start=" + entry.get("cmcRank").asInt() + "&limit=1")
                        .get("data")
                        .get(0);
                assertThat(item.get("id").asInt())
                        .isEqualTo(entry.get("coinmarketcapId").asInt());
                assertThat(item.get("symbol").asString())
                        .isEqualTo(entry.get("coinmarketcapSymbol").asString());
                JsonNode byVolume = cmcJson("?start="
                                + entry.get("cmcVolumeRank").asInt() + "&limit=1&sort=volume_24h&sort_dir=desc")
                        .get("data")
                        .get(0);
                assertThat(byVolume.get("id").asInt())
                        .isEqualTo(entry.get("coinmarketcapId").asInt());
            }
        }
    }

    @Test
    void everyDesignedTrapIsThereOnceAndIsWhatItsNameSays() {
        Map<String, JsonNode> traps = list(get("/admin/truth").json().get("cryptocompare")).stream()
                .filter(entry -> !entry.get("trap").isNull())
                .collect(Collectors.toMap(entry -> entry.get("trap").asString(), Function.identity()));
        assertThat(traps.keySet())
                .containsExactlyInAnyOrder(
                        "three-coins-one-ticker",
                        "cryptocompare-only",
                        "no-raw",
                        "name-of-the-smaller-coin",
                        "name-differs-in-case",
                        "name-matches-neither",
                        "own-coin-outside-depth",
                        "ticker-differs-in-case",
                        "old-name-now-another-coin",
                        "price-twins-told-apart-by-market-cap");

        assertThat(traps.get("cryptocompare-only").get("coinmarketcapId").isNull())
                .isTrue();
        assertThat(traps.get("three-coins-one-ticker").get("listedWithTicker").asInt())
                .isEqualTo(3);

        JsonNode outside = traps.get("own-coin-outside-depth");
        assertThat(outside.get("cmcVolumeRank").asInt())
                .as("beyond a 5000-deep listing by volume")
                .isGreaterThan(5000);
        List<JsonNode> namesakesInTop100 =
                list(cmcJson("?start=1&limit=100&sort=volume_24h&sort_dir=desc").get("data")).stream()
                        .filter(item -> item.get("symbol")
                                .asString()
                                .equalsIgnoreCase(
                                        outside.get("cryptocompareSymbol").asString()))
                        .toList();
        assertThat(namesakesInTop100).hasSize(1);
        assertThat(namesakesInTop100.get(0).get("id").asInt())
                .isNotEqualTo(outside.get("coinmarketcapId").asInt());

        JsonNode caseTicker = traps.get("ticker-differs-in-case");
        assertThat(sameTicker(caseTicker, ALL))
                .extracting(item -> item.get("symbol").asString())
                .hasSize(2)
                .doesNotHaveDuplicates()
                .allSatisfy(symbol -> assertThat(symbol)
                        .isEqualToIgnoringCase(
                                caseTicker.get("cryptocompareSymbol").asString()));

        JsonNode oldName = traps.get("old-name-now-another-coin");
        JsonNode other = sameTicker(oldName, ALL).stream()
                .filter(item ->
                        item.get("id").asInt() != oldName.get("coinmarketcapId").asInt())
                .findFirst()
                .orElseThrow();
        assertThat(other.get("name").asString())
                .isEqualTo(oldName.get("cryptocompareName").asString());

        JsonNode twins = traps.get("price-twins-told-apart-by-market-cap");
        List<JsonNode> group = sameTicker(twins, ALL);
        assertThat(group).hasSize(3);
        BigDecimal own = price(group.stream()
                .filter(item ->
                        item.get("id").asInt() == twins.get("coinmarketcapId").asInt())
                .findFirst()
                .orElseThrow());
        assertThat(group)
                .filteredOn(item ->
                        item.get("id").asInt() != twins.get("coinmarketcapId").asInt())
                .anySatisfy(item -> assertThat(price(item).doubleValue() / own.doubleValue())
                        .isBetween(0.9, 1.1));
    }

    /** The listed CoinMarketCap items within {@code depth} whose symbol is the entry's ticker, ignoring case. */
    private static List<JsonNode> sameTicker(JsonNode entry, int depth) {
        String ticker = entry.get("cryptocompareSymbol").asString().toUpperCase(Locale.ROOT);
        List<JsonNode> listing = new java.util.ArrayList<>();
        for (int start = 1; start <= depth; start += 5000) {
            listing.addAll(list(cmcJson("?start=" + start + "&limit=" + Math.min(5000, depth - start + 1))
                    .get("data")));
        }
        return listing.stream()
                .filter(item ->
                        item.get("symbol").asString().toUpperCase(Locale.ROOT).equals(ticker))
                .toList();
    }

    private static BigDecimal price(JsonNode item) {
        return item.get("quote").get("USD").get("price").decimalValue();
    }
}
