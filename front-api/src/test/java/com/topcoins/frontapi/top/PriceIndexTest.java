package com.topcoins.frontapi.top;

import static org.assertj.core.api.Assertions.assertThat;

import com.topcoins.common.market.PriceEntry;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The merge rule of a ranking row with the prices of one snapshot, without a database or a context. */
class PriceIndexTest {

    private static final Instant UPDATED = Instant.parse("2026-01-31T12:00:00Z");

    @Test
    void theOnlyCandidateOfASymbolIsTakenWhateverItsName() {
        PriceIndex index = index(price(1, "BTC", "Bitcoin", 1, "97000.5"));

        TopRow row = index.merge(ranked(1, "BTC", "Not Bitcoin At All"));

        assertThat(row.match()).isEqualTo(Match.SYMBOL);
        assertThat(row.priceUsd()).isEqualByComparingTo("97000.5");
        assertThat(row.marketCapUsd()).isEqualByComparingTo("1000");
        assertThat(row.priceUpdatedAt()).isEqualTo(UPDATED);
    }

    @Test
    void theRowKeepsItsRankingFieldsAndTakesOnlyThePriceFieldsFromTheMatch() {
        PriceIndex index = index(price(1, "ETH", "Ethereum", 2, "3000"));

        TopRow row = index.merge(new RankedAsset(7, "ETH", "Ethereum", new BigDecimal("123.45")));

        assertThat(row.rank()).isEqualTo(7);
        assertThat(row.symbol()).isEqualTo("ETH");
        assertThat(row.name()).isEqualTo("Ethereum");
        assertThat(row.volume24hUsd())
                .as("volume comes from the ranking, not the price entry")
                .isEqualByComparingTo("123.45");
    }

    @Test
    void amongSeveralCandidatesTheOneWithTheSameNameWinsOverABetterRank() {
        PriceIndex index = index(
                price(1, "UNI", "Universe Token", 5, "1"),
                price(2, "UNI", "Uniswap", 20, "2"),
                price(3, "UNI", "Unicorn", 900, "3"));

        TopRow row = index.merge(ranked(1, "UNI", "Uniswap"));

        assertThat(row.match()).isEqualTo(Match.NAME);
        assertThat(row.priceUsd()).isEqualByComparingTo("2");
    }

    @Test
    void severalCandidatesWithTheSameNameAreDecidedByTheBestRank() {
        PriceIndex index = index(
                price(1, "ABC", "Abc Coin", 40, "1"),
                price(2, "ABC", "ABC coin", 3, "2"),
                price(3, "ABC", "Other", 1, "3"));

        TopRow row = index.merge(ranked(1, "ABC", "abc-coin"));

        assertThat(row.match()).isEqualTo(Match.NAME);
        assertThat(row.priceUsd()).isEqualByComparingTo("2");
    }

    @Test
    void amongSeveralCandidatesWithoutANameMatchTheBestCmcRankWins() {
        PriceIndex index = index(
                price(1, "GAS", "Gas Token", 300, "1"),
                price(2, "GAS", "NeoGas", 45, "2"),
                price(3, "GAS", "Gasoline", 1200, "3"));

        TopRow row = index.merge(ranked(1, "GAS", "Gas"));

        assertThat(row.match()).isEqualTo(Match.CMC_RANK);
        assertThat(row.priceUsd()).isEqualByComparingTo("2");
    }

    @Test
    void anUnrankedCandidateLosesToAnyRankedOne() {
        PriceIndex index = index(
                price(1, "DUP", "Dup One", null, "1"),
                price(2, "DUP", "Dup Two", 4000, "2"),
                price(3, "DUP", "Dup Three", null, "3"));

        TopRow row = index.merge(ranked(1, "DUP", "Dup"));

        assertThat(row.match()).isEqualTo(Match.CMC_RANK);
        assertThat(row.priceUsd()).isEqualByComparingTo("2");
    }

    @Test
    void anUnrankedNameMatchStillBeatsARankedCandidateOfAnotherName() {
        PriceIndex index = index(price(1, "DUP", "Dup One", 1, "1"), price(2, "DUP", "Dup Two", null, "2"));

        TopRow row = index.merge(ranked(1, "DUP", "Dup Two"));

        assertThat(row.match()).isEqualTo(Match.NAME);
        assertThat(row.priceUsd()).isEqualByComparingTo("2");
    }

    @Test
    void whenNoCandidateIsRankedOneOfThemIsStillTaken() {
        PriceIndex index = index(price(1, "NUL", "Null One", null, "1"), price(2, "NUL", "Null Two", null, "2"));

        TopRow row = index.merge(ranked(1, "NUL", "Neither"));

        assertThat(row.match()).isEqualTo(Match.CMC_RANK);
        assertThat(row.priceUsd()).isNotNull();
    }

    @Test
    void aSymbolWithoutCandidatesHasNoPrice() {
        PriceIndex index = index(price(1, "BTC", "Bitcoin", 1, "97000"));

        TopRow row = index.merge(new RankedAsset(3, "XYZ", "Unknown", new BigDecimal("10")));

        assertThat(row.match()).isEqualTo(Match.NONE);
        assertThat(row.priceUsd()).isNull();
        assertThat(row.marketCapUsd()).isNull();
        assertThat(row.priceUpdatedAt()).isNull();
        assertThat(row.rank()).isEqualTo(3);
        assertThat(row.symbol()).isEqualTo("XYZ");
        assertThat(row.volume24hUsd()).isEqualByComparingTo("10");
    }

    @Test
    void anEmptyPriceSnapshotPricesNothing() {
        PriceIndex index = index();

        assertThat(index.size()).isZero();
        assertThat(index.merge(ranked(1, "BTC", "Bitcoin")).match()).isEqualTo(Match.NONE);
    }

    @Test
    void symbolsMatchIgnoringCase() {
        PriceIndex index = index(price(1, "usdt", "Tether", 3, "1.0001"));

        assertThat(index.merge(ranked(1, "USDT", "Tether")).match()).isEqualTo(Match.SYMBOL);
        assertThat(index.merge(ranked(1, "UsDt", "Tether")).priceUsd()).isEqualByComparingTo("1.0001");
    }

    @Test
    void candidatesOfSymbolsDifferingOnlyInCaseAreOneGroup() {
        PriceIndex index = index(price(1, "Abc", "First", 2, "1"), price(2, "ABC", "Second", 1, "2"));

        TopRow row = index.merge(ranked(1, "abc", "Neither"));

        assertThat(row.match()).isEqualTo(Match.CMC_RANK);
        assertThat(row.priceUsd()).isEqualByComparingTo("2");
    }

    @Test
    void namesMatchIgnoringCaseSpacesPunctuationAndAccents() {
        PriceIndex index = index(price(1, "USDT", "Tether USDt", 50, "1"), price(2, "USDT", "Other", 1, "2"));

        assertThat(index.merge(ranked(1, "USDT", "tether-usdt")).match()).isEqualTo(Match.NAME);
        assertThat(index.merge(ranked(1, "USDT", " TETHER  (USDT) ")).match()).isEqualTo(Match.NAME);

        PriceIndex accented = index(price(1, "CAFE", "Café Coin", 50, "1"), price(2, "CAFE", "Other", 1, "2"));
        assertThat(accented.merge(ranked(1, "CAFE", "cafe.coin")).priceUsd()).isEqualByComparingTo("1");
    }

    @Test
    void aMissingSymbolOrNameIsMatchedAsEmpty() {
        PriceIndex index = index(price(1, null, null, 2, "1"), price(2, "", "Named", 1, "2"));

        TopRow row = index.merge(ranked(1, null, null));

        assertThat(row.match())
                .as("both entries have the empty symbol key; the unnamed one matches the missing name")
                .isEqualTo(Match.NAME);
        assertThat(row.priceUsd()).isEqualByComparingTo("1");
    }

    @Test
    void sizeIsTheNumberOfPricesNotOfSymbols() {
        PriceIndex index = index(price(1, "A", "A", 1, "1"), price(2, "A", "A2", 2, "1"), price(3, "B", "B", 3, "1"));

        assertThat(index.size()).isEqualTo(3);
    }

    @Test
    void symbolKeyUpperCasesInTheRootLocaleAndMapsNullToEmpty() {
        assertThat(PriceIndex.symbolKey("btc")).isEqualTo("BTC");
        // Not the Turkish dotted capital I, whatever the default locale.
        assertThat(PriceIndex.symbolKey("ix")).isEqualTo("IX");
        assertThat(PriceIndex.symbolKey(null)).isEmpty();
    }

    @Test
    void normalizedNameKeepsOnlyLowerCaseLettersAndDigitsWithoutAccents() {
        assertThat(PriceIndex.normalizedName("Tether USDt")).isEqualTo("tetherusdt");
        assertThat(PriceIndex.normalizedName("tether-usdt")).isEqualTo("tetherusdt");
        assertThat(PriceIndex.normalizedName("Crypto.com Coin")).isEqualTo("cryptocomcoin");
        assertThat(PriceIndex.normalizedName("Ünïcödé Çoin")).isEqualTo("unicodecoin");
        assertThat(PriceIndex.normalizedName("Token 2.0 (v2)")).isEqualTo("token20v2");
        assertThat(PriceIndex.normalizedName("ｆｕｌｌｗｉｄｔｈ"))
                .as("compatibility forms fold too")
                .isEqualTo("fullwidth");
        assertThat(PriceIndex.normalizedName(" !?- ")).isEmpty();
        assertThat(PriceIndex.normalizedName(null)).isEmpty();
    }

    private static PriceIndex index(PriceEntry... prices) {
        return new PriceIndex(Arrays.asList(prices));
    }

    private static RankedAsset ranked(int rank, String symbol, String name) {
        return new RankedAsset(rank, symbol, name, BigDecimal.ONE);
    }

    private static PriceEntry price(long cmcId, String symbol, String name, Integer cmcRank, String priceUsd) {
        return new PriceEntry(
                "prices-1",
                cmcId,
                symbol,
                name,
                cmcRank,
                new BigDecimal(priceUsd),
                new BigDecimal("1000"),
                new BigDecimal("5"),
                UPDATED);
    }
}
