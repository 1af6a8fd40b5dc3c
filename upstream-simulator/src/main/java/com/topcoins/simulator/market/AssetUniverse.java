package com.topcoins.simulator.market;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.stream.Collectors;

/** Every asset of the market, plus which of them each provider lists. Immutable. */
public final class AssetUniverse {

    private final long seed;
    private final List<Asset> assets;
    private final int[] cmcAssets;
    private final int[] cmcListed;
    private final int[] ccAssets;
    private final Map<Integer, Integer> byCmcId = new HashMap<>();
    private final Map<String, Integer> byCmcSlug = new HashMap<>();
    private final Map<String, int[]> byCmcSymbol;
    private final int btc;
    private final int eth;

    AssetUniverse(long seed, List<Asset> assets) {
        this.seed = seed;
        this.assets = List.copyOf(assets);
        this.cmcAssets = assets.stream()
                .filter(Asset::onCoinMarketCap)
                .mapToInt(Asset::index)
                .toArray();
        this.cmcListed = assets.stream()
                .filter(a -> a.onCoinMarketCap() && !a.inactive())
                .mapToInt(Asset::index)
                .toArray();
        this.ccAssets = assets.stream()
                .filter(Asset::onCryptoCompare)
                .mapToInt(Asset::index)
                .toArray();
        for (int i : cmcAssets) {
            Asset asset = assets.get(i);
            // quotes/latest looks coins up by id and slug: both must name one coin.
            if (byCmcId.put(asset.cmc().id(), i) != null || byCmcSlug.put(asset.slug(), i) != null) {
                throw new IllegalStateException("CoinMarketCap id or slug used twice: " + asset);
            }
        }
        this.byCmcSymbol = assets.stream()
                .filter(Asset::onCoinMarketCap)
                .sorted(Comparator.comparingInt(a -> a.cmc().id()))
                .collect(Collectors.groupingBy(
                        a -> a.symbol().toUpperCase(Locale.ROOT),
                        Collectors.collectingAndThen(
                                Collectors.toList(),
                                group -> group.stream().mapToInt(Asset::index).toArray())));
        this.btc = byCmcId.get(1);
        this.eth = byCmcId.get(1027);
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

    /** Indices of every asset CoinMarketCap knows, inactive ones included (a copy). */
    public int[] cmcAssets() {
        return cmcAssets.clone();
    }

    /** Indices of the assets in CoinMarketCap's listing: the active ones (a copy). */
    public int[] cmcListed() {
        return cmcListed.clone();
    }

    /** Indices of the assets CryptoCompare ranks (a copy). */
    public int[] ccAssets() {
        return ccAssets.clone();
    }

    /** Every asset CoinMarketCap knows, inactive ones included. */
    public int cmcCount() {
        return cmcAssets.length;
    }

    public int cmcListedCount() {
        return cmcListed.length;
    }

    public int ccCount() {
        return ccAssets.length;
    }

    /** The CoinMarketCap asset with this id, inactive or not. */
    public OptionalInt cmcById(int id) {
        Integer index = byCmcId.get(id);
        return index == null ? OptionalInt.empty() : OptionalInt.of(index);
    }

    /** The CoinMarketCap asset with this slug, inactive or not. */
    public OptionalInt cmcBySlug(String slug) {
        Integer index = byCmcSlug.get(slug);
        return index == null ? OptionalInt.empty() : OptionalInt.of(index);
    }

    /**
     * Every CoinMarketCap asset whose symbol is {@code symbol} ignoring case, inactive ones included, by CoinMarketCap
     * id: the order of quotes/latest v2, which is not the rank order (upstream-apis.md 2b.3). Empty when none.
     */
    public int[] cmcBySymbol(String symbol) {
        return byCmcSymbol
                .getOrDefault(symbol.toUpperCase(Locale.ROOT), new int[0])
                .clone();
    }

    public int bitcoin() {
        return btc;
    }

    public int ether() {
        return eth;
    }
}
