package com.topcoins.frontapi.top;

import com.topcoins.common.market.PriceEntry;
import java.math.BigDecimal;
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
final class PriceIndex {

    private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Comparator<Candidate> BEST_RANK = Comparator.comparing(
            candidate -> candidate.price().cmcRank(), Comparator.nullsLast(Comparator.naturalOrder()));

    private final Map<String, List<Candidate>> bySymbol;
    private final int size;
    /** The factors as the largest |ln(ratio)| that agrees, computed once per index rather than per comparison. */
    private final double maxPriceDistance;

    private final double maxMarketCapDistance;

    PriceIndex(List<PriceEntry> prices, Evidence evidence) {
        this.size = prices.size();
        this.maxPriceDistance = Math.log(evidence.priceFactor());
        this.maxMarketCapDistance = Math.log(evidence.marketCapFactor());
        // Names are normalized here, once per price snapshot, not for every row of every cache miss
        // (it was a seventh of a 5000-row miss's CPU, docs/benchmarks.md).
        this.bySymbol = prices.stream()
                .map(price -> new Candidate(price, normalizedName(price.name())))
                .collect(Collectors.groupingBy(
                        candidate -> symbolKey(candidate.price().symbol())));
    }

    /**
     * How far CryptoCompare's figures and a candidate's may differ and still be one coin's: each is at
     * most this many times the other.
     */
    record Evidence(double priceFactor, double marketCapFactor) {}

    /** The prices it holds: as many as its snapshot's count, unless the snapshot is no longer whole. */
    int size() {
        return size;
    }

    TopRow merge(RankedAsset ranked) {
        List<Candidate> candidates = bySymbol.getOrDefault(symbolKey(ranked.symbol()), List.of());
        if (candidates.isEmpty()) {
            return unpriced(ranked, Unpriced.NO_LISTING);
        }
        String name = normalizedName(ranked.name());
        if (!positive(ranked.priceUsd())) {
            // Nothing to check against; a listing without a price cannot price the row either.
            List<Candidate> priced = candidates.stream()
                    .filter(candidate -> positive(candidate.price().priceUsd()))
                    .toList();
            if (priced.isEmpty()) {
                return unpriced(ranked, Unpriced.NO_LISTING);
            }
            if (priced.size() == 1) {
                return row(ranked, priced.get(0).price(), Match.SYMBOL);
            }
            return byName(priced, name)
                    .map(candidate -> row(ranked, candidate.price(), Match.NAME))
                    .orElseGet(() -> unpriced(ranked, Unpriced.AMBIGUOUS));
        }
        List<Candidate> agreeing = candidates.stream()
                .filter(candidate -> agrees(candidate, ranked))
                .toList();
        if (agreeing.isEmpty()) {
            return unpriced(ranked, Unpriced.EVIDENCE_DISAGREES);
        }
        if (candidates.size() == 1) {
            return row(ranked, agreeing.get(0).price(), Match.SYMBOL);
        }
        double target = ranked.priceUsd().doubleValue();
        return byName(agreeing, name)
                .map(candidate -> row(ranked, candidate.price(), Match.NAME))
                .orElseGet(() -> row(
                        ranked,
                        agreeing.stream()
                                .min(Comparator.comparingDouble((Candidate candidate) ->
                                                distance(candidate.price().priceUsd(), target))
                                        .thenComparing(BEST_RANK))
                                .orElseThrow()
                                .price(),
                        Match.PRICE));
    }

    private boolean agrees(Candidate candidate, RankedAsset ranked) {
        PriceEntry price = candidate.price();
        if (!positive(price.priceUsd())
                || distance(price.priceUsd(), ranked.priceUsd().doubleValue()) > maxPriceDistance) {
            return false;
        }
        // A market cap is evidence only where both sides know one (many small assets report none).
        return !positive(price.marketCapUsd())
                || !positive(ranked.marketCapUsd())
                || distance(price.marketCapUsd(), ranked.marketCapUsd().doubleValue()) <= maxMarketCapDistance;
    }

    /** How many times apart two positive amounts are, as |ln(a / b)|: symmetric, 0 when equal. */
    private static double distance(BigDecimal amount, double other) {
        return Math.abs(Math.log(amount.doubleValue() / other));
    }

    private static boolean positive(BigDecimal amount) {
        return amount != null && amount.signum() > 0;
    }

    private static Optional<Candidate> byName(List<Candidate> candidates, String name) {
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
