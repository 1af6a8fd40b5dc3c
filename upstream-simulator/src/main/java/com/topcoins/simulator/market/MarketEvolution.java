package com.topcoins.simulator.market;

import java.time.Instant;
import java.util.SplittableRandom;

/**
 * How the market moves from one tick to the next. Pure: the next snapshot depends only on the previous one
 * and on the stream {@link Seeds#forTick} gives for the new tick number, so evolution is deterministic in
 * (seed, number of ticks) whatever the timing.
 */
final class MarketEvolution {

    /**
     * Log-volume is mean-reverting around the asset's base volume: a 6 % shock per tick reshuffles neighbours
     * in the ranking, and the bound keeps every asset within a factor 1.42 of its base, so the documented
     * placements (e.g. "in the top 100") hold for any seed and any number of ticks.
     */
    private static final double VOLUME_PERSISTENCE = 0.9;

    private static final double VOLUME_SHOCK = 0.06;
    static final double VOLUME_BOUND = 0.35;
    private static final double TOP_TIER_SHOCK = 0.04;
    private static final double TOP_TIER_BOUND = 0.3;
    /** A tick moves a price by about a tenth of its daily volatility. */
    private static final double TICKS_PER_VOLATILITY = 10;
    /** Weak pull of log-prices towards their start: prices wander a few percent but tiny stay tiny, huge stay huge. */
    private static final double PRICE_PERSISTENCE = 0.998;

    private MarketEvolution() {}

    static MarketSnapshot initial(AssetUniverse universe, Instant asOf) {
        SplittableRandom rng = Seeds.forTick(universe.seed(), 0);
        int n = universe.size();
        double[] price = new double[n];
        double[] volumeDeviation = new double[n];
        double[] topTierDeviation = new double[n];
        double stationary = VOLUME_SHOCK / Math.sqrt(1 - VOLUME_PERSISTENCE * VOLUME_PERSISTENCE);
        double stationaryTopTier = TOP_TIER_SHOCK / Math.sqrt(1 - VOLUME_PERSISTENCE * VOLUME_PERSISTENCE);
        for (int i = 0; i < n; i++) {
            price[i] = universe.asset(i).traits().initialPrice();
            if (universe.asset(i).inactive()) {
                continue; // no volume deviation, nothing drawn: see next()
            }
            volumeDeviation[i] = bounded(stationary * gaussian(rng), VOLUME_BOUND);
            topTierDeviation[i] = bounded(stationaryTopTier * gaussian(rng), TOP_TIER_BOUND);
        }
        return withChanges(universe, 0, asOf, price, volumeDeviation, topTierDeviation, rng);
    }

    static MarketSnapshot next(MarketSnapshot previous, Instant asOf) {
        AssetUniverse universe = previous.universe();
        long tick = previous.tick() + 1;
        SplittableRandom rng = Seeds.forTick(universe.seed(), tick);
        int n = universe.size();
        double[] price = new double[n];
        double[] volumeDeviation = new double[n];
        double[] topTierDeviation = new double[n];
        for (int i = 0; i < n; i++) {
            if (universe.asset(i).inactive()) {
                // No market moves it; drawing nothing for it leaves every other asset's stream as it was.
                price[i] = previous.price[i];
                continue;
            }
            Traits traits = universe.asset(i).traits();
            double shock = gaussian(rng);
            if (traits.stablecoin()) {
                // Pegged: pulled back towards 1 USD.
                price[i] = Math.max(0.9, 1 + (previous.price[i] - 1) * 0.6 + 0.0004 * shock);
            } else {
                double deviation = Math.log(previous.price[i] / traits.initialPrice());
                price[i] = traits.initialPrice()
                        * Math.exp(PRICE_PERSISTENCE * deviation
                                + traits.dailyVolatility() / TICKS_PER_VOLATILITY * shock);
            }
            volumeDeviation[i] = bounded(
                    VOLUME_PERSISTENCE * previous.volumeDeviation[i] + VOLUME_SHOCK * gaussian(rng), VOLUME_BOUND);
            topTierDeviation[i] = bounded(
                    VOLUME_PERSISTENCE * previous.topTierDeviation[i] + TOP_TIER_SHOCK * gaussian(rng), TOP_TIER_BOUND);
        }
        return withChanges(universe, tick, asOf, price, volumeDeviation, topTierDeviation, rng);
    }

    /** Percent changes are drawn afresh every tick, scaled by each asset's volatility. */
    private static MarketSnapshot withChanges(
            AssetUniverse universe,
            long tick,
            Instant asOf,
            double[] price,
            double[] volumeDeviation,
            double[] topTierDeviation,
            SplittableRandom rng) {
        int n = universe.size();
        double[] horizons = {0.2, 1, 2.6, 5.5, 7.7, 9.5}; // 1h, 24h, 7d, 30d, 60d, 90d in daily volatilities
        double[][] changes = new double[horizons.length][n];
        double[] volumeChange = new double[n];
        for (int i = 0; i < n; i++) {
            if (universe.asset(i).inactive()) {
                for (double[] horizon : changes) {
                    horizon[i] = Double.NaN;
                }
                continue; // volume change 0, and nothing drawn (see next())
            }
            Traits traits = universe.asset(i).traits();
            for (int h = 0; h < horizons.length; h++) {
                double change = 100 * traits.dailyVolatility() * horizons[h] * gaussian(rng);
                changes[h][i] = Math.max(-99, change);
            }
            volumeChange[i] = Math.max(-95, 20 * gaussian(rng));
            switch (traits.changeGaps()) {
                case LONG_TERM -> {
                    for (int h = 2; h < horizons.length; h++) {
                        changes[h][i] = Double.NaN;
                    }
                }
                case ALL -> {
                    for (int h = 0; h < horizons.length; h++) {
                        changes[h][i] = Double.NaN;
                    }
                }
                case NONE -> {}
            }
        }
        return new MarketSnapshot(
                universe, tick, asOf, price, volumeDeviation, topTierDeviation, changes, volumeChange);
    }

    private static double bounded(double value, double bound) {
        return Math.max(-bound, Math.min(bound, value));
    }

    private static double gaussian(SplittableRandom rng) {
        double u = 1 - rng.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rng.nextDouble());
    }
}
