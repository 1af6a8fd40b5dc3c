package com.topcoins.simulator.coinmarketcap;

import java.util.List;
import java.util.Set;

import com.topcoins.simulator.market.Currency;

/**
 * A validated {@code /v1/cryptocurrency/listings/latest} request.
 *
 * @param start  1-based offset into the sorted, filtered list
 * @param quotes one entry per requested conversion, keyed exactly as requested
 * @param aux    optional item fields to include
 */
record ListingsQuery(int start, int limit, List<QuoteKey> quotes, Set<String> aux, SortField sort,
                     boolean descending, Filters filters) {

    /** @param key the quote map key: the requested symbol or id, as given */
    record QuoteKey(String key, Currency currency) {
    }

    /** Range filters in USD (bounds are infinite when absent), coin/token type and tag. */
    record Filters(Range price, Range marketCap, Range volume24h, Range circulatingSupply, Range percentChange24h,
                   String cryptocurrencyType, String tag) {

        boolean none() {
            return price.open() && marketCap.open() && volume24h.open() && circulatingSupply.open()
                    && percentChange24h.open() && "all".equals(cryptocurrencyType) && "all".equals(tag);
        }
    }

    record Range(double min, double max) {

        static final Range OPEN = new Range(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);

        boolean open() {
            return min == Double.NEGATIVE_INFINITY && max == Double.POSITIVE_INFINITY;
        }

        /** Null values never pass a bounded range. */
        boolean contains(double value) {
            return open() || !Double.isNaN(value) && value >= min && value <= max;
        }
    }
}
