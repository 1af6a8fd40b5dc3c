package com.topcoins.frontapi.top;

import static org.assertj.core.api.Assertions.assertThat;

import com.topcoins.common.market.Evidence;
import com.topcoins.common.market.PriceEntry;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The merge rule of a ranking row with the prices of one snapshot (DESIGN.md), without a database or a context. */
class PriceIndexTest {

    private static final Instant UPDATED = Instant.parse("2026-01-31T12:00:00Z");
    /** The defaults of topcoins.match. */
    private static final Evidence DEFAULT_EVIDENCE = new Evidence(1.5, 3);

    // ---- without CryptoCompare's price (nothing to check a candidate against)

    @Test
    void withoutEvidenceTheOnlyCandidateOfASymbolIsTakenWhateverItsName() {
        PriceIndex index = index(price(1, "BTC", "Bitcoin", 1, "97000.5"));

        TopRow row = index.merge(ranked(1, "BTC", "Not Bitcoin At All"));

        assertThat(row.match()).isEqualTo(Match.SYMBOL);
        assertThat(row.unpricedReason()).isNull();
        assertThat(row.priceUsd()).isEqualByComparingTo("97000.5");
        assertThat(row.marketCapUsd()).isEqualByComparingTo("1000");
        assertThat(row.priceUpdatedAt()).isEqualTo(UPDATED);
        assertThat(row.cryptocompareId()).isEqualTo("cc-1");
        assertThat(row.coinmarketcapId()).isEqualTo(1L);
    }

    @Test
    void theRowKeepsItsRankingFieldsAndTakesOnlyThePriceFieldsFromTheMatch() {
        PriceIndex index = index(price(1, "ETH", "Ethereum", 2, "3000"));

        TopRow row = index.merge(new RankedAsset(7, "cc-7", "ETH", "Ethereum", null, null, new BigDecimal("123.45")));

        assertThat(row.rank()).isEqualTo(7);
        assertThat(row.symbol()).isEqualTo("ETH");
        assertThat(row.name()).isEqualTo("Ethereum");
        assertThat(row.volume24hUsd())
                .as("volume comes from the ranking, not the price entry")
                .isEqualByComparingTo("123.45");
    }

    @Test
    void withoutEvidenceAmongSeveralTheOneWithTheSameNameWinsOverABetterRank() {
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
    void withoutEvidenceSeveralCandidatesAndNoNameAreAmbiguousNotTheBestRanked() {
        PriceIndex index = index(
                price(1, "GAS", "Gas Token", 300, "1"),
                price(2, "GAS", "NeoGas", 45, "2"),
                price(3, "GAS", "Gasoline", 1200, "3"));

        TopRow row = index.merge(ranked(1, "GAS", "Gas"));

        assertUnpriced(row, Unpriced.AMBIGUOUS);
    }

    @Test
    void anUnrankedNameMatchStillBeatsARankedCandidateOfAnotherName() {
        PriceIndex index = index(price(1, "DUP", "Dup One", 1, "1"), price(2, "DUP", "Dup Two", null, "2"));

        TopRow row = index.merge(ranked(1, "DUP", "Dup Two"));

        assertThat(row.match()).isEqualTo(Match.NAME);
        assertThat(row.priceUsd()).isEqualByComparingTo("2");
    }

    @Test
    void aSymbolWithoutCandidatesHasNoPriceBecauseNothingIsListed() {
        PriceIndex index = index(price(1, "BTC", "Bitcoin", 1, "97000"));

        TopRow row = index.merge(
                new RankedAsset(3, "cc-3", "XYZ", "Unknown", new BigDecimal("5"), null, new BigDecimal("10")));

        assertUnpriced(row, Unpriced.NO_LISTING);
        assertThat(row.rank()).isEqualTo(3);
        assertThat(row.symbol()).isEqualTo("XYZ");
        assertThat(row.volume24hUsd()).isEqualByComparingTo("10");
    }

    @Test
    void anEmptyPriceSnapshotPricesNothing() {
        PriceIndex index = index();

        assertThat(index.size()).isZero();
        assertUnpriced(index.merge(ranked(1, "BTC", "Bitcoin")), Unpriced.NO_LISTING);
    }

    // ---- with CryptoCompare's price (and market cap): the evidence

    @Test
    void aLoneCandidateWhosePriceAgreesIsTaken() {
        PriceIndex index = index(price(1, "BTC", "Bitcoin", 1, "97000"));

        TopRow row = index.merge(evidenced("BTC", "Bitcoin", "96500", null));

        assertThat(row.match()).isEqualTo(Match.SYMBOL);
        assertThat(row.priceUsd()).isEqualByComparingTo("97000");
    }

    @Test
    void aLoneCandidateWhosePriceDisagreesIsRejectedRatherThanServed() {
        // The ranked coin's own listing is beyond the fetched depth; another coin of that ticker is inside it.
        PriceIndex index = index(price(1, "HOT", "Hydro Protocol", 900, "0.5"));

        TopRow row = index.merge(evidenced("HOT", "HoloToken", "0.0025", null));

        assertUnpriced(row, Unpriced.EVIDENCE_DISAGREES);
    }

    @Test
    void agreementIsWithinTheFactorBothWays() {
        PriceIndex index = index(price(1, "ABC", "Abc", 1, "100"));

        assertThat(index.merge(evidenced("ABC", "Abc", "149", null)).match()).isEqualTo(Match.SYMBOL);
        assertThat(index.merge(evidenced("ABC", "Abc", "66.7", null)).match()).isEqualTo(Match.SYMBOL);
        assertUnpriced(index.merge(evidenced("ABC", "Abc", "151", null)), Unpriced.EVIDENCE_DISAGREES);
        assertUnpriced(index.merge(evidenced("ABC", "Abc", "66.6", null)), Unpriced.EVIDENCE_DISAGREES);
    }

    @Test
    void theNameDecidesAmongAgreeingCandidatesButNeverOverridesTheEvidence() {
        PriceIndex index = index(
                price(1, "UNI", "Universe Token", 5, "7.1"),
                price(2, "UNI", "Uniswap", 20, "7.0"),
                price(3, "UNI", "Unicorn", 900, "0.01"));

        assertThat(index.merge(evidenced("UNI", "Uniswap", "7.05", null)).priceUsd())
                .isEqualByComparingTo("7.0");
        assertThat(index.merge(evidenced("UNI", "Uniswap", "7.05", null)).match())
                .isEqualTo(Match.NAME);
        // Named like CryptoCompare's asset, but priced like another coin: not taken.
        TopRow unicorn = index.merge(evidenced("UNI", "Unicorn", "7.0", null));
        assertThat(unicorn.match()).isEqualTo(Match.PRICE);
        assertThat(unicorn.priceUsd()).isEqualByComparingTo("7.0");
    }

    @Test
    void amongAgreeingCandidatesWithoutANameTheClosestPriceWinsOverABetterRank() {
        PriceIndex index = index(
                price(1, "DUP", "Alpha Dup", 50, "11"),
                price(2, "DUP", "Beta Dup", 20, "13"),
                price(3, "DUP", "Gamma Dup", 1, "300"));

        TopRow row = index.merge(evidenced("DUP", "Dup Coin", "11.5", null));

        assertThat(row.match()).isEqualTo(Match.PRICE);
        assertThat(row.priceUsd()).isEqualByComparingTo("11");
    }

    @Test
    void candidatesEquallyCloseInPriceAreDecidedByTheBestRank() {
        PriceIndex index = index(
                price(1, "TIE", "Tie One", 40, "10"),
                price(2, "TIE", "Tie Two", 4, "10"),
                price(3, "TIE", "Tie", null, "10"));

        TopRow row = index.merge(evidenced("TIE", "Neither", "10", null));

        assertThat(row.match()).isEqualTo(Match.PRICE);
        assertThat(row.priceUsd()).isEqualByComparingTo("10");
        assertThat(row.marketCapUsd()).as("the cmc_rank 4 one's").isEqualByComparingTo("1000");
    }

    @Test
    void theMarketCapTellsApartCoinsOfOnePriceWhereBothHaveOne() {
        // Two dollar stablecoins sharing a ticker; CryptoCompare's is the big one.
        PriceIndex index = index(
                price(1, "USDX", "Small Dollar", 900, "1.0", "2000000"),
                price(2, "USDX", "Big Dollar", 30, "1.001", "900000000"));

        TopRow row = index.merge(evidenced("USDX", "USDX", "1.0", "850000000"));

        assertThat(row.priceUsd()).isEqualByComparingTo("1.001");
        assertThat(row.match()).isEqualTo(Match.PRICE);
        // Only the small one listed: its market cap is 400 times off, so no price.
        assertUnpriced(
                index(price(1, "USDX", "Small Dollar", 900, "1.0", "2000000"))
                        .merge(evidenced("USDX", "USDX", "1.0", "850000000")),
                Unpriced.EVIDENCE_DISAGREES);
    }

    @Test
    void aMissingOrZeroMarketCapOnEitherSideIsNoEvidence() {
        PriceIndex noCap = index(price(1, "ABC", "Abc", 1, "1.0", null));
        PriceIndex zeroCap = index(price(1, "ABC", "Abc", 1, "1.0", "0"));

        assertThat(noCap.merge(evidenced("ABC", "Abc", "1.0", "123456789")).match())
                .isEqualTo(Match.SYMBOL);
        assertThat(zeroCap.merge(evidenced("ABC", "Abc", "1.0", "123456789")).match())
                .isEqualTo(Match.SYMBOL);
        assertThat(index(price(1, "ABC", "Abc", 1, "1.0", "5"))
                        .merge(evidenced("ABC", "Abc", "1.0", "0"))
                        .match())
                .isEqualTo(Match.SYMBOL);
    }

    @Test
    void withoutEvidenceACandidateWithoutAPriceIsNoListingAndNeverTakenOverAPricedOne() {
        assertUnpriced(
                index(price(1, "ABC", "Abc", 1, null, null)).merge(ranked(1, "ABC", "Abc")), Unpriced.NO_LISTING);

        TopRow row = index(price(1, "ABC", "Abc", 1, null, null), price(2, "ABC", "Other", 9, "4"))
                .merge(ranked(1, "ABC", "Abc"));
        assertThat(row.match()).isEqualTo(Match.SYMBOL);
        assertThat(row.priceUsd()).isEqualByComparingTo("4");
    }

    @Test
    void aCandidateWithoutAPriceNeverAgrees() {
        PriceIndex index = index(price(1, "ABC", "Abc", 1, null, null));

        assertUnpriced(index.merge(evidenced("ABC", "Abc", "1.0", null)), Unpriced.EVIDENCE_DISAGREES);
    }

    @Test
    void theFactorsAreConfigurable() {
        PriceIndex strict = new PriceIndex(List.of(price(1, "ABC", "Abc", 1, "100")), new Evidence(1.01, 3));

        assertThat(strict.merge(evidenced("ABC", "Abc", "100.5", null)).match()).isEqualTo(Match.SYMBOL);
        assertUnpriced(strict.merge(evidenced("ABC", "Abc", "103", null)), Unpriced.EVIDENCE_DISAGREES);
    }

    @Test
    void symbolsMatchIgnoringCase() {
        PriceIndex index = index(price(1, "usdt", "Tether", 3, "1.0001"));

        assertThat(index.merge(evidenced("USDT", "Tether", "1", null)).match()).isEqualTo(Match.SYMBOL);
        assertThat(index.merge(ranked(1, "UsDt", "Tether")).priceUsd()).isEqualByComparingTo("1.0001");
    }

    @Test
    void candidatesOfSymbolsDifferingOnlyInCaseAreOneGroupAndTheEvidenceSplitsThem() {
        PriceIndex index = index(price(1, "Abc", "First", 2, "1"), price(2, "ABC", "Second", 1, "2"));

        TopRow row = index.merge(evidenced("abc", "Neither", "1.05", null));

        assertThat(row.match()).isEqualTo(Match.PRICE);
        assertThat(row.priceUsd()).isEqualByComparingTo("1");
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
        return new PriceIndex(Arrays.asList(prices), DEFAULT_EVIDENCE);
    }

    private static void assertUnpriced(TopRow row, Unpriced reason) {
        assertThat(row.match()).isEqualTo(Match.NONE);
        assertThat(row.unpricedReason()).isEqualTo(reason);
        assertThat(row.priceUsd()).isNull();
        assertThat(row.marketCapUsd()).isNull();
        assertThat(row.priceUpdatedAt()).isNull();
        assertThat(row.coinmarketcapId()).isNull();
        assertThat(row.cryptocompareId()).isNotNull();
    }

    /** A ranked asset without CryptoCompare's price or market cap. */
    private static RankedAsset ranked(int rank, String symbol, String name) {
        return new RankedAsset(rank, "cc-" + rank, symbol, name, null, null, BigDecimal.ONE);
    }

    private static RankedAsset evidenced(String symbol, String name, String priceUsd, String marketCapUsd) {
        return new RankedAsset(
                1,
                "cc-1",
                symbol,
                name,
                new BigDecimal(priceUsd),
                marketCapUsd == null ? null : new BigDecimal(marketCapUsd),
                BigDecimal.ONE);
    }

    private static PriceEntry price(long cmcId, String symbol, String name, Integer cmcRank, String priceUsd) {
        return price(cmcId, symbol, name, cmcRank, priceUsd, "1000");
    }

    private static PriceEntry price(
            long cmcId, String symbol, String name, Integer cmcRank, String priceUsd, String marketCapUsd) {
        return new PriceEntry(
                "prices-1",
                cmcId,
                symbol,
                name,
                cmcRank,
                priceUsd == null ? null : new BigDecimal(priceUsd),
                marketCapUsd == null ? null : new BigDecimal(marketCapUsd),
                new BigDecimal("5"),
                UPDATED);
    }
}
