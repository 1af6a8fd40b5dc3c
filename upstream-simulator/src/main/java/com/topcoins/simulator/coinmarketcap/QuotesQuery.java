package com.topcoins.simulator.coinmarketcap;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A validated {@code /v2/cryptocurrency/quotes/latest} request.
 *
 * @param by          the one identifier parameter sent
 * @param values      its values as requested (slugs lower-cased), duplicates dropped
 * @param quotes      one entry per requested conversion, keyed exactly as requested
 * @param aux         optional item fields to include
 * @param skipInvalid leave out the values that name nothing instead of refusing the request
 */
record QuotesQuery(Lookup by, List<String> values, List<QuoteKey> quotes, Set<String> aux, boolean skipInvalid) {

    enum Lookup {
        ID,
        SLUG,
        SYMBOL;

        String parameter() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
