package com.topcoins.simulator.market;

import java.util.List;

/** Every asset of the market, plus which of them each provider lists. Immutable. */
public final class AssetUniverse {

    private final long seed;
    private final List<Asset> assets;
    private final int[] cmcAssets;
    private final int[] ccAssets;
    private final int btc;
    private final int eth;

    AssetUniverse(long seed, List<Asset> assets) {
        this.seed = seed;
        this.assets = List.copyOf(assets);
        this.cmcAssets = assets.stream()
                .filter(Asset::onCoinMarketCap)
                .mapToInt(Asset::index)
                .toArray();
        this.ccAssets = assets.stream()
                .filter(Asset::onCryptoCompare)
                .mapToInt(Asset::index)
                .toArray();
        this.btc = indexOfCmcId(1);
        this.eth = indexOfCmcId(1027);
    }

    private int indexOfCmcId(int id) {
        return assets.stream()
                .filter(a -> a.onCoinMarketCap() && a.cmc().id() == id)
                .mapToInt(Asset::index)
                .findFirst()
                .orElseThrow();
    }

    public long seed() {
        return seed;
    }

    public Asset asset(int index) {
        return assets.get(index);
    }

    public int size() {
        return assets.size();
    }

    /** Indices of the assets CoinMarketCap lists (a copy). */
    public int[] cmcAssets() {
        return cmcAssets.clone();
    }

    /** Indices of the assets CryptoCompare ranks (a copy). */
    public int[] ccAssets() {
        return ccAssets.clone();
    }

    public int cmcCount() {
        return cmcAssets.length;
    }

    public int ccCount() {
        return ccAssets.length;
    }

    public int bitcoin() {
        return btc;
    }

    public int ether() {
        return eth;
    }
}
