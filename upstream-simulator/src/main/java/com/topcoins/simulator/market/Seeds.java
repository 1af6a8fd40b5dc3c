package com.topcoins.simulator.market;

import java.util.SplittableRandom;

/**
 * Derives independent random streams from the market seed, so that every value depends only on
 * (seed, tick, asset) and never on timing or on the order in which requests arrive.
 */
public final class Seeds {

    private Seeds() {}

    /** The stream that moves the market from tick {@code tick - 1} to {@code tick}. */
    static SplittableRandom forTick(long seed, long tick) {
        return new SplittableRandom(mix(mix(seed) ^ mix(tick + 0x632BE59BD9B4E019L)));
    }

    /** Per-asset detail that only matters when rendering (intraday highs and lows, last trade, offsets...). */
    public static SplittableRandom forDetail(long seed, long tick, int asset) {
        return new SplittableRandom(
                mix(mix(seed ^ 0x9E3779B97F4A7C15L) ^ mix(tick) * 31 ^ mix(asset + 0x3C6EF372FE94F82AL)));
    }

    /** SplitMix64's finaliser: spreads nearby inputs over the whole 64-bit range. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
