package com.topcoins.frontapi.top;

import com.topcoins.common.market.PriceEntry;
import java.text.Normalizer;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A price snapshot indexed by upper-cased symbol, and the merge rule: one candidate is taken; among
 * several, the one whose normalized name equals CryptoCompare's full name, else the best
 * {@code cmc_rank}; none leaves the row without a price.
 */
final class PriceIndex {

    private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Comparator<Candidate> BEST_RANK = Comparator.comparing(
            candidate -> candidate.price().cmcRank(), Comparator.nullsLast(Comparator.naturalOrder()));

    private final Map<String, List<Candidate>> bySymbol;
    private final int size;

    PriceIndex(List<PriceEntry> prices) {
        this.size = prices.size();
        // Names are normalized here, once per price snapshot, not for every row of every cache miss
        // (it was a seventh of a 5000-row miss's CPU, docs/benchmarks.md).
        this.bySymbol = prices.stream()
                .map(price -> new Candidate(price, normalizedName(price.name())))
                .collect(Collectors.groupingBy(
                        candidate -> symbolKey(candidate.price().symbol())));
    }

    /** The prices it holds: as many as its snapshot's count, unless the snapshot is no longer whole. */
    int size() {
        return size;
    }

    TopRow merge(RankedAsset ranking) {
        List<Candidate> candidates = bySymbol.getOrDefault(symbolKey(ranking.symbol()), List.of());
        if (candidates.isEmpty()) {
            return row(ranking, null, Match.NONE);
        }
        if (candidates.size() == 1) {
            return row(ranking, candidates.get(0).price(), Match.SYMBOL);
        }
        String name = normalizedName(ranking.name());
        return candidates.stream()
                .filter(candidate -> candidate.normalizedName().equals(name))
                .min(BEST_RANK)
                .map(byName -> row(ranking, byName.price(), Match.NAME))
                .orElseGet(() -> row(
                        ranking,
                        candidates.stream().min(BEST_RANK).orElseThrow().price(),
                        Match.CMC_RANK));
    }

    private static TopRow row(RankedAsset ranking, PriceEntry price, Match match) {
        return new TopRow(
                ranking.rank(),
                ranking.symbol(),
                ranking.name(),
                price == null ? null : price.priceUsd(),
                price == null ? null : price.marketCapUsd(),
                ranking.volume24hUsd(),
                price == null ? null : price.lastUpdated(),
                match);
    }

    static String symbolKey(String symbol) {
        return symbol == null ? "" : symbol.toUpperCase(Locale.ROOT);
    }

    private record Candidate(PriceEntry price, String normalizedName) {}

    /** Ignores case, spaces, punctuation and accents: "Tether USDt" equals "tether-usdt". */
    static String normalizedName(String name) {
        if (name == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFKD);
        return NOT_ALPHANUMERIC.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
    }
}
