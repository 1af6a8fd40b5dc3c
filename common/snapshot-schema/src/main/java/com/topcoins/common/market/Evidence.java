package com.topcoins.common.market;

import java.math.BigDecimal;

/**
 * Whether a CoinMarketCap listing can be the coin CryptoCompare ranks: its price, and its market cap where both
 * sides know one, must each be within a factor of CryptoCompare's own. The front API merges by it, and the
 * CoinMarketCap ingestion asks for quotes of the ranked assets whose listing no candidate agrees with, so both
 * must use one rule and one pair of factors ({@code topcoins.match.*}).
 */
public final class Evidence {

    /** The factors as the largest |ln(ratio)| that agrees, computed once rather than per comparison. */
    private final double maxPriceDistance;

    private final double maxMarketCapDistance;

    public Evidence(double priceFactor, double marketCapFactor) {
        this.maxPriceDistance = Math.log(priceFactor);
        this.maxMarketCapDistance = Math.log(marketCapFactor);
    }

    /**
     * @param rankedPrice     CryptoCompare's price, positive (without one there is nothing to check)
     * @param rankedMarketCap CryptoCompare's market cap, or null
     */
    public boolean agrees(BigDecimal price, BigDecimal marketCap, BigDecimal rankedPrice, BigDecimal rankedMarketCap) {
        if (!positive(price) || distance(price, rankedPrice.doubleValue()) > maxPriceDistance) {
            return false;
        }
        // A market cap is evidence only where both sides know one (many small assets report none).
        return !positive(marketCap)
                || !positive(rankedMarketCap)
                || distance(marketCap, rankedMarketCap.doubleValue()) <= maxMarketCapDistance;
    }

    /** How many times apart two positive amounts are, as |ln(a / b)|: symmetric, 0 when equal. */
    public static double distance(BigDecimal amount, double other) {
        return Math.abs(Math.log(amount.doubleValue() / other));
    }

    public static boolean positive(BigDecimal amount) {
        return amount != null && amount.signum() > 0;
    }
}
