package com.topcoins.simulator.coinmarketcap;

import java.util.List;
import java.util.Set;

/**
 * A validated {@code /v1/cryptocurrency/listings/latest} request.
 *
 * @param start  1-based offset into the sorted list
 * @param quotes one entry per requested conversion, keyed exactly as requested
 * @param aux    optional item fields to include
 */
record ListingsQuery(int start, int limit, List<QuoteKey> quotes, Set<String> aux, Sort sort, boolean descending) {

    /**
     * The values of {@code sort} our clients use: CoinMarketCap's rank (the default) and 24 h volume. The real
     * API has 15 more, and filters; no client sends them, so they are refused (see {@link ListingsQueryParser}).
     */
    enum Sort {
        MARKET_CAP,
        VOLUME_24H
    }
}
