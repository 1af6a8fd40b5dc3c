package com.topcoins.simulator.coinmarketcap;

import com.topcoins.simulator.market.MarketSnapshot;
import java.util.Comparator;
import java.util.stream.IntStream;

/** Sorts CoinMarketCap's listing; the result is the whole list, ready to be paged. */
final class ListingSelector {

    private ListingSelector() {}

    /** Asset indices in listing order; ties keep CoinMarketCap's rank order. */
    static int[] select(MarketSnapshot snapshot, ListingsQuery query) {
        int[] byRank = snapshot.cmcByMarketCap(); // precomputed per tick
        if (query.sort() == ListingsQuery.Sort.MARKET_CAP) {
            return query.descending() ? byRank : reversed(byRank);
        }
        if (query.descending()) {
            return snapshot.cmcByVolume(); // precomputed per tick
        }
        return IntStream.of(byRank)
                .boxed()
                .sorted(Comparator.<Integer>comparingDouble(snapshot::cmcVolume).thenComparingInt(snapshot::cmcRank))
                .mapToInt(Integer::intValue)
                .toArray();
    }

    private static int[] reversed(int[] values) {
        int[] out = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = values[values.length - 1 - i];
        }
        return out;
    }
}
