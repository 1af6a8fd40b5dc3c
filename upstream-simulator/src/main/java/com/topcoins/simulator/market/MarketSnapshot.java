package com.topcoins.simulator.market;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * The whole market at one tick: prices, volumes and changes of every asset, plus the rankings both providers
 * derive from them. Immutable; a tick produces a new snapshot.
 *
 * <p>Arrays are indexed by {@link Asset#index()}. Percent changes are {@code NaN} where the provider has none.
 */
public final class MarketSnapshot {

    private final AssetUniverse universe;
    private final long tick;
    private final Instant asOf;
    final double[] price;
    final double[] volumeDeviation;
    final double[] topTierDeviation;
    final double[] change1h;
    final double[] change24h;
    final double[] change7d;
    final double[] change30d;
    final double[] change60d;
    final double[] change90d;
    final double[] volumeChange24h;

    private final double[] volume;
    private final double[] topTierVolume;
    private final double[] marketCap;
    private final double totalMarketCap;
    /** Computed on first use: a multi-step tick never ranks its intermediate snapshots. */
    private volatile Rankings rankings;

    MarketSnapshot(
            AssetUniverse universe,
            long tick,
            Instant asOf,
            double[] price,
            double[] volumeDeviation,
            double[] topTierDeviation,
            double[][] changes,
            double[] volumeChange24h) {
        this.universe = universe;
        this.tick = tick;
        this.asOf = asOf;
        this.price = price;
        this.volumeDeviation = volumeDeviation;
        this.topTierDeviation = topTierDeviation;
        this.change1h = changes[0];
        this.change24h = changes[1];
        this.change7d = changes[2];
        this.change30d = changes[3];
        this.change60d = changes[4];
        this.change90d = changes[5];
        this.volumeChange24h = volumeChange24h;

        int n = universe.size();
        volume = new double[n];
        topTierVolume = new double[n];
        marketCap = new double[n];
        double total = 0;
        for (int i = 0; i < n; i++) {
            Asset asset = universe.asset(i);
            volume[i] = asset.traits().baseVolume() * Math.exp(volumeDeviation[i]);
            double share = asset.onCryptoCompare() ? asset.cc().topTierShare() : 0.5;
            topTierVolume[i] = volume[i] * Math.min(1, share * Math.exp(topTierDeviation[i]));
            marketCap[i] = price[i] * asset.supply().circulating().doubleValue();
            if (asset.onCoinMarketCap()) {
                total += marketCap[i];
            }
        }
        totalMarketCap = total;
    }

    /** {@code original}'s tick with another {@code asOf}: every array and the rankings are shared, not recomputed. */
    private MarketSnapshot(MarketSnapshot original, Instant asOf) {
        this.universe = original.universe;
        this.tick = original.tick;
        this.asOf = asOf;
        this.price = original.price;
        this.volumeDeviation = original.volumeDeviation;
        this.topTierDeviation = original.topTierDeviation;
        this.change1h = original.change1h;
        this.change24h = original.change24h;
        this.change7d = original.change7d;
        this.change30d = original.change30d;
        this.change60d = original.change60d;
        this.change90d = original.change90d;
        this.volumeChange24h = original.volumeChange24h;
        this.volume = original.volume;
        this.topTierVolume = original.topTierVolume;
        this.marketCap = original.marketCap;
        this.totalMarketCap = original.totalMarketCap;
        this.rankings = original.rankings();
    }

    /**
     * This tick as a recording made {@code age} ago would show it (the REPLAY fault): {@link #asOf()}, from which
     * every rendered time derives, moved back by {@code age}. Prices, volumes and rankings stay this tick's: only
     * the times matter to a client that refuses stale data. Zero is this very snapshot, so the normal path pays
     * nothing.
     */
    public MarketSnapshot recordedAgo(Duration age) {
        return age.isZero() ? this : new MarketSnapshot(this, asOf.minus(age));
    }

    private Rankings rankings() {
        Rankings computed = rankings;
        if (computed == null) {
            synchronized (this) {
                computed = rankings;
                if (computed == null) {
                    computed = new Rankings();
                    rankings = computed;
                }
            }
        }
        return computed;
    }

    /** The orderings both providers derive from the figures of this tick. */
    private final class Rankings {
        final int[] cmcByMarketCap;
        final int[] cmcRank;
        final int[] cmcByVolume;
        final int[] cmcVolumeRank;
        final int[] ccByVolume;
        final int[] ccByTopTierVolume;

        Rankings() {
            // CoinMarketCap's rank: market cap, then volume; zero market caps end up last.
            // Inactive coins have no rank: they are not in the listing.
            cmcByMarketCap = sorted(
                    universe.cmcListed(),
                    Comparator.<Integer>comparingDouble(i -> -marketCap[i])
                            .thenComparingDouble(i -> -volume[i])
                            .thenComparingInt(i -> universe.asset(i).cmc().id()));
            cmcRank = new int[universe.size()];
            for (int rank = 0; rank < cmcByMarketCap.length; rank++) {
                cmcRank[cmcByMarketCap[rank]] = rank + 1;
            }
            // The listing sorted by volume_24h, as the ingestion asks for it; ties keep the rank order.
            cmcByVolume = sorted(
                    cmcByMarketCap,
                    Comparator.<Integer>comparingDouble(i -> -cmcVolume(i)).thenComparingInt(i -> cmcRank[i]));
            cmcVolumeRank = new int[universe.size()];
            for (int position = 0; position < cmcByVolume.length; position++) {
                cmcVolumeRank[cmcByVolume[position]] = position + 1;
            }
            ccByVolume = sorted(
                    universe.ccAssets(),
                    Comparator.<Integer>comparingDouble(i -> -volume[i])
                            .thenComparing(i -> universe.asset(i).cc().id()));
            ccByTopTierVolume = sorted(
                    universe.ccAssets(),
                    Comparator.<Integer>comparingDouble(i -> -topTierVolume[i])
                            .thenComparing(i -> universe.asset(i).cc().id()));
        }

        private static int[] sorted(int[] indices, Comparator<Integer> order) {
            return IntStream.of(indices)
                    .boxed()
                    .sorted(order)
                    .mapToInt(Integer::intValue)
                    .toArray();
        }
    }

    public AssetUniverse universe() {
        return universe;
    }

    public long tick() {
        return tick;
    }

    /** When this tick happened (wall clock). */
    public Instant asOf() {
        return asOf;
    }

    public Asset asset(int index) {
        return universe.asset(index);
    }

    public double price(int i) {
        return price[i];
    }

    /** CryptoCompare's total 24 h volume in USD (TOTALVOLUME24HTO), the ranking metric of totalvolfull. */
    public double volume(int i) {
        return volume[i];
    }

    /** CryptoCompare's top-tier 24 h volume in USD, the ranking metric of totaltoptiervolfull. */
    public double topTierVolume(int i) {
        return topTierVolume[i];
    }

    /** CoinMarketCap's adjusted 24 h volume in USD. */
    public double cmcVolume(int i) {
        Asset asset = universe.asset(i);
        return volume[i] * (asset.onCoinMarketCap() ? asset.cmc().volumeFactor() : 1);
    }

    /** Price times circulating supply (0 when the circulating supply is unknown). */
    public double marketCap(int i) {
        return marketCap[i];
    }

    /** Sum of the market caps of CoinMarketCap's listing, for {@code market_cap_dominance}. */
    public double totalMarketCap() {
        return totalMarketCap;
    }

    public double change1h(int i) {
        return change1h[i];
    }

    public double change24h(int i) {
        return change24h[i];
    }

    public double change7d(int i) {
        return change7d[i];
    }

    public double change30d(int i) {
        return change30d[i];
    }

    public double change60d(int i) {
        return change60d[i];
    }

    public double change90d(int i) {
        return change90d[i];
    }

    public double volumeChange24h(int i) {
        return volumeChange24h[i];
    }

    /** 1-based CoinMarketCap rank; 0 for assets CoinMarketCap does not list (inactive ones included). */
    public int cmcRank(int i) {
        return rankings().cmcRank[i];
    }

    /** CoinMarketCap's listing in rank order (asset indices; a copy). */
    public int[] cmcByMarketCap() {
        return rankings().cmcByMarketCap.clone();
    }

    /** CoinMarketCap's listing sorted by {@code volume_24h}, descending (asset indices; a copy). */
    public int[] cmcByVolume() {
        return rankings().cmcByVolume.clone();
    }

    /** The position of a listed asset in {@link #cmcByVolume()}, from 1. */
    public int cmcVolumeRank(int i) {
        return rankings().cmcVolumeRank[i];
    }

    /** CryptoCompare's totalvolfull order (asset indices; a copy). */
    public int[] ccByVolume() {
        return rankings().ccByVolume.clone();
    }

    /** CryptoCompare's totaltoptiervolfull order (asset indices; a copy). */
    public int[] ccByTopTierVolume() {
        return rankings().ccByTopTierVolume.clone();
    }
}
