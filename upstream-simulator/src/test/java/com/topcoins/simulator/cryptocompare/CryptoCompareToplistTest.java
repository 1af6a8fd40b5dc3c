package com.topcoins.simulator.cryptocompare;

import static org.assertj.core.api.Assertions.assertThat;

import com.topcoins.simulator.SimulatorTest;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

/** Envelope, entry shape and paging of CryptoCompare's {@code totalvolfull} and {@code totaltoptiervolfull}. */
class CryptoCompareToplistTest extends SimulatorTest {

    static final List<String> COIN_INFO_FIELDS = List.of(
            "Id",
            "Name",
            "FullName",
            "Internal",
            "ImageUrl",
            "Url",
            "Algorithm",
            "ProofType",
            "Rating",
            "NetHashesPerSecond",
            "BlockNumber",
            "BlockTime",
            "BlockReward",
            "AssetLaunchDate",
            "MaxSupply",
            "Type",
            "DocumentType");
    static final List<String> RAW_FIELDS = List.of(
            "TYPE",
            "MARKET",
            "FROMSYMBOL",
            "TOSYMBOL",
            "FLAGS",
            "PRICE",
            "LASTUPDATE",
            "MEDIAN",
            "LASTVOLUME",
            "LASTVOLUMETO",
            "LASTTRADEID",
            "VOLUMEDAY",
            "VOLUMEDAYTO",
            "VOLUME24HOUR",
            "VOLUME24HOURTO",
            "OPENDAY",
            "HIGHDAY",
            "LOWDAY",
            "OPEN24HOUR",
            "HIGH24HOUR",
            "LOW24HOUR",
            "LASTMARKET",
            "VOLUMEHOUR",
            "VOLUMEHOURTO",
            "OPENHOUR",
            "HIGHHOUR",
            "LOWHOUR",
            "TOPTIERVOLUME24HOUR",
            "TOPTIERVOLUME24HOURTO",
            "CHANGE24HOUR",
            "CHANGEPCT24HOUR",
            "CHANGEDAY",
            "CHANGEPCTDAY",
            "CHANGEHOUR",
            "CHANGEPCTHOUR",
            "CONVERSIONTYPE",
            "CONVERSIONSYMBOL",
            "SUPPLY",
            "MKTCAP",
            "MKTCAPPENALTY",
            "CIRCULATINGSUPPLY",
            "CIRCULATINGSUPPLYMKTCAP",
            "TOTALVOLUME24H",
            "TOTALVOLUME24HTO",
            "TOTALTOPTIERVOLUME24H",
            "TOTALTOPTIERVOLUME24HTO",
            "IMAGEURL");
    private static final Set<String> RAW_TEXT_FIELDS = Set.of(
            "TYPE",
            "MARKET",
            "FROMSYMBOL",
            "TOSYMBOL",
            "FLAGS",
            "LASTTRADEID",
            "LASTMARKET",
            "CONVERSIONTYPE",
            "CONVERSIONSYMBOL",
            "IMAGEURL");

    @Test
    void successEnvelopeHasNoResponseKeyAndAnArrayData() {
        JsonNode body = ccJson(TOTALVOL, "?tsym=USD");
        assertThat(fieldNames(body))
                .containsExactly("Message", "Type", "MetaData", "SponsoredData", "Data", "RateLimit", "HasWarning");
        assertThat(body.get("Message").asString()).isEqualTo("Success");
        assertThat(body.get("Type").isInt()).isTrue();
        assertThat(body.get("Type").asInt()).isEqualTo(100);
        assertThat(body.get("MetaData").get("Count").isInt()).isTrue();
        assertThat(body.get("SponsoredData").isArray()).isTrue();
        assertThat(body.get("SponsoredData").isEmpty()).isTrue();
        assertThat(body.get("Data").isArray()).isTrue();
        assertThat(body.get("Data").size()).isEqualTo(10);
        assertThat(body.get("RateLimit").isObject()).isTrue();
        assertThat(body.get("RateLimit").isEmpty()).isTrue();
        assertThat(body.get("HasWarning").isBoolean()).isTrue();
        assertThat(body.get("HasWarning").asBoolean()).isFalse();
    }

    @Test
    void entriesHaveTheRecordedFieldsAndJsonTypes() {
        for (JsonNode entry : ccJson(TOTALVOL, "?tsym=USD&limit=100").get("Data")) {
            JsonNode info = entry.get("CoinInfo");
            assertThat(fieldNames(info)).containsExactlyElementsOf(COIN_INFO_FIELDS);
            assertThat(info.get("Id").isString()).isTrue();
            assertThat(info.get("Id").asString()).matches("\\d+");
            assertThat(info.get("ImageUrl").asString()).startsWith("/media/");
            assertThat(info.get("Url").asString()).startsWith("/coins/");
            assertThat(fieldNames(info.get("Rating").get("Weiss")))
                    .containsExactly("Rating", "TechnologyAdoptionRating", "MarketPerformanceRating");
            assertThat(info.get("NetHashesPerSecond").isNumber()).isTrue();
            assertThat(info.get("BlockNumber").isIntegralNumber()).isTrue();
            assertThat(info.get("AssetLaunchDate").asString()).matches("\\d{4}-\\d{2}-\\d{2}");
            assertThat(info.get("MaxSupply").isNumber()).isTrue();
            assertThat(info.get("Type").asInt()).isEqualTo(1);
            assertThat(info.get("DocumentType").asString()).isEqualTo("Webpagecoinp");
            if (!entry.has("RAW")) {
                assertThat(entry.has("DISPLAY")).isFalse();
                continue;
            }
            assertThat(fieldNames(entry)).containsExactly("CoinInfo", "RAW", "DISPLAY");
            JsonNode raw = entry.get("RAW").get("USD");
            assertThat(fieldNames(entry.get("RAW"))).containsExactly("USD");
            assertThat(fieldNames(raw)).containsExactlyElementsOf(RAW_FIELDS);
            for (String field : RAW_FIELDS) {
                assertThat(raw.get(field).isString()).as(field).isEqualTo(RAW_TEXT_FIELDS.contains(field));
            }
            assertThat(raw.get("LASTUPDATE").isIntegralNumber()).isTrue();
            assertThat(raw.get("LASTUPDATE").asLong())
                    .isGreaterThan(1_700_000_000L)
                    .isLessThan(10_000_000_000L);
            assertThat(raw.get("TYPE").asString()).isEqualTo("5");
            assertThat(raw.get("FLAGS").asString()).matches("\\d+");
            assertThat(raw.get("TOSYMBOL").asString()).isEqualTo("USD");
            assertThat(raw.get("FROMSYMBOL").asString())
                    .isEqualTo(info.get("Name").asString());
            JsonNode display = entry.get("DISPLAY").get("USD");
            List<String> displayed = new ArrayList<>(RAW_FIELDS);
            displayed.removeAll(List.of("TYPE", "FLAGS", "MEDIAN"));
            assertThat(fieldNames(display)).containsExactlyElementsOf(displayed);
            display.forEach(value -> assertThat(value.isString()).isTrue());
            assertThat(display.get("PRICE").asString()).startsWith("$ ");
            assertThat(display.get("TOSYMBOL").asString()).isEqualTo("$");
            assertThat(display.get("MARKET").asString()).isEqualTo("CryptoCompare Index");
            assertThat(display.get("MKTCAPPENALTY").asString()).isEqualTo("0 %");
        }
    }

    @Test
    void bitcoinLooksLikeTheRecording() {
        JsonNode btc = ccJson(TOTALVOL, "?tsym=USD&limit=10").get("Data").get(0);
        assertThat(btc.get("CoinInfo").get("Id").asString()).isEqualTo("1182");
        JsonNode hashes = btc.get("CoinInfo").get("NetHashesPerSecond");
        assertThat(hashes.isBigInteger()).isTrue();
        assertThat(hashes.bigIntegerValue()).isGreaterThan(BigInteger.valueOf(Long.MAX_VALUE));
        assertThat(btc.get("CoinInfo").get("MaxSupply").decimalValue()).isEqualByComparingTo("20999999.9769");
        JsonNode raw = btc.get("RAW").get("USD");
        assertThat(raw.get("CHANGE24HOUR").isIntegralNumber()).isTrue();
        assertThat(raw.get("MEDIAN").isIntegralNumber()).isTrue();
        assertThat(raw.get("SUPPLY").isIntegralNumber()).isTrue();
        JsonNode display = btc.get("DISPLAY").get("USD");
        assertThat(display.get("FROMSYMBOL").asString()).isEqualTo("Ƀ");
        assertThat(display.get("MKTCAP").asString()).matches("\\$ [\\d,]+\\.\\d\\d B");
        assertThat(display.get("LASTUPDATE").asString()).isEqualTo("Just now");
    }

    @Test
    void missingTsymIsATypeTwoErrorWithHttp200() {
        Reply reply = cc(TOTALVOL, "?limit=10");
        assertThat(reply.status()).isEqualTo(200);
        JsonNode body = reply.json();
        assertThat(fieldNames(body))
                .containsExactly("Response", "Message", "HasWarning", "Type", "RateLimit", "Data", "ParamWithError");
        assertThat(body.get("Response").asString()).isEqualTo("Error");
        assertThat(body.get("Message").asString()).isEqualTo("tsym is a required param.");
        assertThat(body.get("Type").asInt()).isEqualTo(2);
        assertThat(body.get("Data").isObject()).isTrue();
        assertThat(body.get("Data").isEmpty()).isTrue();
        assertThat(body.get("RateLimit").isObject()).isTrue();
        assertThat(body.get("ParamWithError").asString()).isEqualTo("tsym");
    }

    @ParameterizedTest
    @CsvSource({
        "'',10",
        "limit=10,10",
        "limit=1,10",
        "limit=0,10",
        "limit=15,20",
        "limit=20,20",
        "limit=91,100",
        "limit=100,100",
        "limit=250,100"
    })
    void limitRoundsToStepsOfTenBetweenTenAndHundred(String limit, int expected) {
        JsonNode body = ccJson(TOTALVOL, "?tsym=USD&" + limit);
        assertThat(body.get("Data").size()).isEqualTo(expected);
    }

    @Test
    void zeroBasedPagesConcatenateWithoutOverlap() {
        JsonNode pageZero = ccJson(TOTALVOL, "?tsym=USD&limit=100&page=0");
        int count = pageZero.get("MetaData").get("Count").asInt();
        List<JsonNode> stitched = new ArrayList<>(list(pageZero.get("Data")));
        for (int page = 1; page < 5; page++) {
            JsonNode body = ccJson(TOTALVOL, "?tsym=USD&limit=100&page=" + page);
            assertThat(body.get("MetaData").get("Count").asInt()).isEqualTo(count);
            stitched.addAll(list(body.get("Data")));
        }
        Set<String> ids = new HashSet<>();
        stitched.forEach(entry ->
                assertThat(ids.add(entry.get("CoinInfo").get("Id").asString())).isTrue());
        assertThat(ids).hasSize(500);
        assertThat(volumes(stitched, "TOTALVOLUME24HTO")).isSortedAccordingTo(Comparator.reverseOrder());
        // page 1 of 50 = entries 50..99 of the 100-entry page 0
        JsonNode small = ccJson(TOTALVOL, "?tsym=USD&limit=50&page=1");
        assertThat(small.get("Data").get(0).get("CoinInfo").get("Id"))
                .isEqualTo(pageZero.get("Data").get(50).get("CoinInfo").get("Id"));

        int lastPage = (count - 1) / 100;
        assertThat(ccJson(TOTALVOL, "?tsym=USD&limit=100&page=" + lastPage)
                        .get("Data")
                        .size())
                .isEqualTo(count - lastPage * 100);
        JsonNode beyond = ccJson(TOTALVOL, "?tsym=USD&limit=100&page=" + (lastPage + 1));
        assertThat(beyond.get("Data").isArray()).isTrue();
        assertThat(beyond.get("Data").isEmpty()).isTrue();
        assertThat(beyond.get("MetaData").get("Count").asInt()).isEqualTo(count);
        assertThat(ccJson(TOTALVOL, "?tsym=USD&page=" + Long.MAX_VALUE)
                        .get("Data")
                        .isEmpty())
                .isTrue();
    }

    @Test
    void topTierListIsSortedByTopTierVolumeAndDiffers() {
        List<JsonNode> topTier = list(ccJson(TOPTIER, "?tsym=USD&limit=100").get("Data"));
        assertThat(volumes(topTier, "TOTALTOPTIERVOLUME24HTO")).isSortedAccordingTo(Comparator.reverseOrder());
        List<JsonNode> total = list(ccJson(TOTALVOL, "?tsym=USD&limit=100").get("Data"));
        assertThat(ids(topTier)).isNotEqualTo(ids(total));
    }

    @Test
    void firstTwoHundredContainAnEntryWithoutRaw() {
        List<JsonNode> entries =
                list(ccJson(TOTALVOL, "?tsym=USD&limit=100&page=0").get("Data"));
        entries.addAll(list(ccJson(TOTALVOL, "?tsym=USD&limit=100&page=1").get("Data")));
        assertThat(entries).anyMatch(entry -> !entry.has("RAW") && !entry.has("DISPLAY"));
        assertThat(entries)
                .anyMatch(entry -> entry.get("CoinInfo").get("MaxSupply").asInt() == -1);
        assertThat(entries)
                .anyMatch(entry -> entry.get("CoinInfo")
                        .get("Rating")
                        .get("Weiss")
                        .get("Rating")
                        .asString()
                        .isEmpty());
    }

    @Test
    void tsymIsUpperCasedAndKeysRawAndDisplay() {
        JsonNode lower = ccJson(TOTALVOL, "?tsym=usd&limit=10").get("Data").get(0);
        assertThat(fieldNames(lower.get("RAW"))).containsExactly("USD");
        JsonNode eur = ccJson(TOTALVOL, "?tsym=EUR&limit=10").get("Data").get(0);
        assertThat(eur.get("RAW").get("EUR").get("TOSYMBOL").asString()).isEqualTo("EUR");
        assertThat(eur.get("DISPLAY").get("EUR").get("PRICE").asString()).startsWith("€ ");
        JsonNode unknown = ccJson(TOTALVOL, "?tsym=XYZ&limit=10").get("Data").get(0);
        assertThat(unknown.has("RAW")).isFalse();
    }

    @Test
    void apiKeyFromHeaderOrQuery() {
        assertThat(get(TOTALVOL + "?tsym=USD&api_key=" + CC_KEY)
                        .json()
                        .get("Type")
                        .asInt())
                .isEqualTo(100);
        assertThat(get(TOTALVOL + "?tsym=USD", "authorization", "Apikey " + CC_KEY)
                        .json()
                        .get("Type")
                        .asInt())
                .isEqualTo(100);
        assertAuthError(get(TOTALVOL + "?tsym=USD"));
        assertAuthError(get(TOTALVOL + "?tsym=USD", "authorization", "Apikey wrong"));
        assertAuthError(get(TOTALVOL + "?tsym=USD&api_key=wrong"));
    }

    @Test
    void otherPathsDoNotExist() {
        Reply reply = cc("/data/top/totalvolumefull", "?tsym=USD");
        assertThat(reply.status()).isEqualTo(200);
        assertThat(fieldNames(reply.json())).containsExactly("Response", "Message", "Type", "Data");
        assertThat(reply.json().get("Message").asString()).isEqualTo("Path does not exist");
        assertThat(reply.json().get("Type").asInt()).isZero();
        assertThat(reply.json().get("Data").isObject()).isTrue();
    }

    private static void assertAuthError(Reply reply) {
        assertThat(reply.status()).isEqualTo(200);
        JsonNode body = reply.json();
        assertThat(body.get("Response").asString()).isEqualTo("Error");
        assertThat(body.get("Type").asInt()).isEqualTo(1);
        assertThat(body.get("Message").asString())
                .isEqualTo("You need a valid auth key or api key to access this endpoint");
        assertThat(body.get("Data").isObject()).isTrue();
    }

    static List<BigDecimal> volumes(List<JsonNode> entries, String field) {
        return entries.stream()
                .filter(entry -> entry.has("RAW"))
                .map(entry -> entry.get("RAW").get("USD").get(field).decimalValue())
                .toList();
    }

    static List<String> ids(List<JsonNode> entries) {
        return entries.stream()
                .map(entry -> entry.get("CoinInfo").get("Id").asString())
                .toList();
    }
}
