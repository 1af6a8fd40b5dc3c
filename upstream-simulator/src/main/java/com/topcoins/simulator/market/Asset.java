package com.topcoins.simulator.market;

/**
 * One crypto asset: its identity and fundamentals, which never change. Its market data moves with the ticks
 * (see {@link MarketSnapshot}).
 *
 * @param index  position in the {@link AssetUniverse}; the key into the snapshot arrays
 * @param symbol as CoinMarketCap spells it (may be mixed case, and is not unique)
 * @param cmc    null when CoinMarketCap does not list the asset
 * @param cc     null when CryptoCompare does not rank the asset
 * @param trap   the designed difficulty for clients that merge the two providers, null for an ordinary asset
 */
public record Asset(
        int index,
        String name,
        String symbol,
        String slug,
        Supply supply,
        CmcProfile cmc,
        CcProfile cc,
        Traits traits,
        String trap) {

    public boolean onCoinMarketCap() {
        return cmc != null;
    }

    public boolean onCryptoCompare() {
        return cc != null;
    }

    /** Known to CoinMarketCap but without any tracked market: never listed, and no tick moves it. */
    public boolean inactive() {
        return cmc != null && !cmc.active();
    }
}
