package com.topcoins.frontapi.top;

import com.topcoins.common.market.Evidence;
import com.topcoins.common.market.PriceEntry;
import java.text.Normalizer;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A price snapshot indexed by upper-cased symbol, and the merge rule (DESIGN.md): the candidates of a
 * ranked asset are the prices of its symbol; CryptoCompare's own price (and market cap, where both
 * sides have one) must agree with a candidate's within the configured factors. Of one candidate that
 * agrees: {@code symbol}; of several, the one whose normalized name is CryptoCompare's ({@code name}),
 * else the closest in price ({@code price}), ties to the best {@code cmc_rank}. None agreeing: no
 * price ({@code evidence_disagrees}). Without CryptoCompare's price there is nothing to check: a lone priced
 * candidate is taken, among several only a name decides ({@code ambiguous} otherwise).
 */
public final class PriceIndex {

    private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Comparator<Candidate> BEST_RANK = Comparator.comparing(
            candidate -> candidate.price().cmcRank(), Comparator.nullsLast(Comparator.naturalOrder()));

    private final Map<String, List<Candidate>> bySymbol;
    private final int size;
    private final Evidence evidence;

    PriceIndex(List<PriceEntry> prices, Evidence evidence) {
        this.size = prices.size();
        this.evidence = evidence;
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

    /** The row of a ranked asset with the price the merge rule gives it, or none and why. */
    public TopRow merge(RankedAsset ranked) {
        List<Candidate> candidates = bySymbol.getOrDefault(symbolKey(ranked.symbol()), List.of());
        if (candidates.isEmpty()) {
            return unpriced(ranked, Unpriced.NO_LISTING);
        }
        if (!Evidence.positive(ranked.priceUsd())) {
            // Nothing to check against; a listing without a price cannot price the row either.
            List<Candidate> priced = candidates.stream()
                    .filter(candidate -> Evidence.positive(candidate.price().priceUsd()))
                    .toList();
            if (priced.isEmpty()) {
                return unpriced(ranked, Unpriced.NO_LISTING);
            }
            if (priced.size() == 1) {
                return row(ranked, priced.get(0).price(), Match.SYMBOL);
            }
            return byName(priced, ranked.name())
                    .map(candidate -> row(ranked, candidate.price(), Match.NAME))
                    .orElseGet(() -> unpriced(ranked, Unpriced.AMBIGUOUS));
        }
        List<Candidate> agreeing = candidates.stream()
                .filter(candidate -> evidence.agrees(
                        candidate.price().priceUsd(),
                        candidate.price().marketCapUsd(),
                        ranked.priceUsd(),
                        ranked.marketCapUsd()))
                .toList();
        if (agreeing.isEmpty()) {
            return unpriced(ranked, Unpriced.EVIDENCE_DISAGREES);
        }
        if (candidates.size() == 1) {
            return row(ranked, agreeing.get(0).price(), Match.SYMBOL);
        }
        double target = ranked.priceUsd().doubleValue();
        return byName(agreeing, ranked.name())
                .map(candidate -> row(ranked, candidate.price(), Match.NAME))
                .orElseGet(() -> row(
                        ranked,
                        agreeing.stream()
                                .min(Comparator.comparingDouble((Candidate candidate) -> Evidence.distance(
                                                candidate.price().priceUsd(), target))
                                        .thenComparing(BEST_RANK))
                                .orElseThrow()
                                .price(),
                        Match.PRICE));
    }

    /** The listings the merge chooses among for a symbol: those of the same symbol ignoring case. */
    public List<PriceEntry> candidates(String symbol) {
        return bySymbol.getOrDefault(symbolKey(symbol), List.of()).stream()
                .map(Candidate::price)
                .toList();
    }

    /**
     * The candidate named as CryptoCompare names the asset. The ranked name is normalized only here: most rows have
     * one candidate, on which normalizing (Unicode decomposition, a regular expression) would be wasted.
     */
    private static Optional<Candidate> byName(List<Candidate> candidates, String rankedName) {
        String name = normalizedName(rankedName);
        return candidates.stream()
                .filter(candidate -> candidate.normalizedName().equals(name))
                .min(BEST_RANK);
    }

    private static TopRow row(RankedAsset ranked, PriceEntry price, Match match) {
        return new TopRow(
                ranked.rank(),
                ranked.symbol(),
                ranked.name(),
                price.priceUsd(),
                price.marketCapUsd(),
                ranked.volume24hUsd(),
                price.lastUpdated(),
                match,
                null,
                ranked.ccId(),
                price.cmcId());
    }

    private static TopRow unpriced(RankedAsset ranked, Unpriced reason) {
        return new TopRow(
                ranked.rank(),
                ranked.symbol(),
                ranked.name(),
                null,
                null,
                ranked.volume24hUsd(),
                null,
                Match.NONE,
                reason,
                ranked.ccId(),
                null);
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
