package com.topcoins.simulator.coinmarketcap;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import com.topcoins.simulator.market.Asset;
import com.topcoins.simulator.market.MarketSnapshot;

/** Filters and sorts CoinMarketCap's listing; the result is the whole list, ready to be paged. */
final class ListingSelector {

    private ListingSelector() {
    }

    /** Asset indices in listing order. */
    static int[] select(MarketSnapshot snapshot, ListingsQuery query) {
        int[] byRank = snapshot.cmcByMarketCap();
        if (query.filters().none() && query.sort() == SortField.MARKET_CAP) {
            return query.descending() ? byRank : reversed(byRank); // the common case, precomputed per tick
        }
        List<Integer> selected = new ArrayList<>();
        for (int index : byRank) {
            if (matches(snapshot, snapshot.asset(index), query.filters())) {
                selected.add(index);
            }
        }
        selected.sort(order(snapshot, query.sort(), query.descending()));
        return selected.stream().mapToInt(Integer::intValue).toArray();
    }

    private static boolean matches(MarketSnapshot s, Asset a, ListingsQuery.Filters f) {
        int i = a.index();
        boolean token = a.cmc().platform() != null;
        return f.price().contains(s.price(i))
                && f.marketCap().contains(s.marketCap(i))
                && f.volume24h().contains(s.cmcVolume(i))
                && f.circulatingSupply().contains(a.supply().circulating().doubleValue())
                && f.percentChange24h().contains(s.change24h(i))
                && switch (f.cryptocurrencyType()) {
                    case "coins" -> !token;
                    case "tokens" -> token;
                    default -> true;
                }
                && ("all".equals(f.tag()) || a.cmc().tags().contains(f.tag()));
    }

    /** Nulls go last whatever the direction (as documented); ties keep CoinMarketCap's rank order. */
    private static Comparator<Integer> order(MarketSnapshot s, SortField sort, boolean descending) {
        Comparator<Integer> primary;
        if (sort.textual()) {
            Comparator<Integer> text = Comparator.comparing(i -> sort.text(s.asset(i)), String.CASE_INSENSITIVE_ORDER);
            primary = descending ? text.reversed() : text;
        } else {
            primary = (a, b) -> {
                double x = sort.key(s, s.asset(a));
                double y = sort.key(s, s.asset(b));
                if (Double.isNaN(x) || Double.isNaN(y)) {
                    return Boolean.compare(Double.isNaN(x), Double.isNaN(y));
                }
                return descending ? Double.compare(y, x) : Double.compare(x, y);
            };
        }
        return primary.thenComparingInt(s::cmcRank);
    }

    private static int[] reversed(int[] values) {
        int[] out = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = values[values.length - 1 - i];
        }
        return out;
    }
}
