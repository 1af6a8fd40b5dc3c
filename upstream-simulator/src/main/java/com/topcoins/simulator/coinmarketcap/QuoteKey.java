package com.topcoins.simulator.coinmarketcap;

import com.topcoins.simulator.market.Currency;

/**
 * One requested conversion ({@code convert}) of either endpoint.
 *
 * @param key the quote map key: the requested symbol, as given
 */
record QuoteKey(String key, Currency currency) {}
