package com.topcoins.simulator.market;

/**
 * Parameters of an asset's evolution and rendering.
 *
 * @param initialPrice     USD price at tick 0
 * @param baseVolume       USD 24 h volume the asset's volume fluctuates around
 * @param dailyVolatility  typical daily relative price move
 * @param stablecoin       price mean-reverts to 1 USD
 * @param integerChanges   CryptoCompare's CHANGE fields and MEDIAN come out as integer literals (e.g. {@code 508})
 * @param exponentPrices   sub-1e-6 prices are written as {@code 1.2345e-7}
 * @param changeGaps       which percent changes are null
 */
public record Traits(
        double initialPrice,
        double baseVolume,
        double dailyVolatility,
        boolean stablecoin,
        boolean integerChanges,
        boolean exponentPrices,
        ChangeGaps changeGaps) {

    /** Which {@code percent_change_*} values an asset lacks. */
    public enum ChangeGaps {
        NONE,
        /** Listed too recently: 7d, 30d, 60d, 90d are null. */
        LONG_TERM,
        /** No change data at all. */
        ALL
    }
}
