package com.topcoins.ingest.coinmarketcap;

import static org.assertj.core.api.Assertions.assertThat;

import com.topcoins.common.market.Evidence;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which ranked symbols are worth a quote: those the listing cannot price by the merge rule. */
class QuoteSelectionTest {

    private static final Evidence EVIDENCE = new Evidence(1.5, 3);

    @Test
    void aRankedSymbolMissingFromTheListingIsQuoted() {
        assertThat(QuoteSelection.unsettled(
                        List.of(ranked("ABC", "2", null)), List.of(listed(1, "XYZ", "2", null)), EVIDENCE))
                .containsExactly("ABC");
    }

    @Test
    void aListedCandidateThatAgreesSettlesItsSymbol() {
        assertThat(QuoteSelection.unsettled(
                        List.of(ranked("ABC", "2", "1000")), List.of(listed(1, "ABC", "2.5", "1200")), EVIDENCE))
                .isEmpty();
    }

    @Test
    void listedCandidatesThatAllDisagreeLeaveItToBeQuoted() {
        // Another coin of the ticker is inside the listing's depth, the ranked one is not.
        List<CmcItem> listing = List.of(listed(1, "ABC", "40", null), listed(2, "ABC", "2", "999999999"));

        assertThat(QuoteSelection.unsettled(List.of(ranked("ABC", "2", "1000")), listing, EVIDENCE))
                .containsExactly("ABC");
    }

    @Test
    void withoutCryptoComparesPriceAnyPricedCandidateSettlesIt() {
        assertThat(QuoteSelection.unsettled(
                        List.of(ranked("ABC", null, null)), List.of(listed(1, "ABC", "40", null)), EVIDENCE))
                .isEmpty();
        assertThat(QuoteSelection.unsettled(
                        List.of(ranked("ABC", null, null)), List.of(listed(1, "ABC", null, null)), EVIDENCE))
                .containsExactly("ABC");
    }

    @Test
    void symbolsCompareIgnoringCaseAndAreQuotedUpperCasedOnceInRankingOrder() {
        List<RankedSymbol> ranking = List.of(
                ranked("zed", "1", null), ranked("Abc", "2", null), ranked("ZED", "1", null), ranked("mIx", "3", null));

        assertThat(QuoteSelection.unsettled(ranking, List.of(listed(1, "MiX", "3", null)), EVIDENCE))
                .containsExactly("ZED", "ABC");
    }

    @Test
    void aSymbolTheQuotesEndpointWouldRejectIsNotSentSoItCannotFailItsBatch() {
        List<RankedSymbol> ranking = List.of(
                ranked("A.B", "1", null),
                ranked("C D", "1", null),
                ranked("$EUR-1@", "1", null),
                ranked("", "1", null));

        assertThat(QuoteSelection.unsettled(ranking, List.of(), EVIDENCE)).containsExactly("$EUR-1@");
    }

    private static RankedSymbol ranked(String symbol, String price, String marketCap) {
        return new RankedSymbol(symbol, decimal(price), decimal(marketCap));
    }

    private static CmcItem listed(long id, String symbol, String price, String marketCap) {
        return new CmcItem(
                id,
                symbol + " coin",
                symbol,
                (int) id,
                null,
                null,
                Map.of("USD", new CmcItem.Quote(decimal(price), BigDecimal.ONE, decimal(marketCap), null)));
    }

    private static BigDecimal decimal(String value) {
        return value == null ? null : new BigDecimal(value);
    }
}
