package com.topcoins.simulator.coinmarketcap;

import com.topcoins.simulator.market.AssetUniverse;
import java.util.List;
import java.util.OptionalInt;

/**
 * Finds the coins a quotes/latest request names, among every coin CoinMarketCap knows (inactive ones included),
 * and refuses values that name nothing unless {@code skip_invalid=true} (upstream-apis.md 2b.4).
 */
final class QuoteSelector {

    /**
     * @param requested the value as requested
     * @param coins     asset indices; several only for a symbol, by CoinMarketCap id; empty when it names nothing
     */
    record Match(String requested, int[] coins) {}

    private QuoteSelector() {}

    /** One match per requested value, in request order. */
    static List<Match> select(
            AssetUniverse universe, QuotesQuery query, CoinMarketCapProperties.AllUnknown allUnknown) {
        List<Match> matches = query.values().stream()
                .map(value -> new Match(value, coins(universe, query.by(), value)))
                .toList();
        List<String> unknown = matches.stream()
                .filter(match -> match.coins().length == 0)
                .map(Match::requested)
                .toList();
        boolean nothingFound = unknown.size() == matches.size();
        if (!unknown.isEmpty()
                && (!query.skipInvalid()
                        || nothingFound && allUnknown == CoinMarketCapProperties.AllUnknown.BAD_REQUEST)) {
            throw CmcError.invalidValues(query.by().parameter(), unknown);
        }
        return matches;
    }

    private static int[] coins(AssetUniverse universe, QuotesQuery.Lookup by, String value) {
        return switch (by) {
            case ID -> id(universe, value).stream().toArray();
            case SLUG -> universe.cmcBySlug(value).stream().toArray();
            case SYMBOL -> universe.cmcBySymbol(value);
        };
    }

    private static OptionalInt id(AssetUniverse universe, String digits) {
        try {
            return universe.cmcById(Integer.parseInt(digits));
        } catch (NumberFormatException tooLarge) {
            return OptionalInt.empty(); // the pattern let only digits through
        }
    }
}
