package com.topcoins.simulator.coinmarketcap;

import com.topcoins.simulator.json.SimulatorJson;
import com.topcoins.simulator.market.MarketSnapshot;
import java.util.List;
import org.springframework.stereotype.Component;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Renders quotes/latest v2's {@code data}, always an object (upstream-apis.md 2b.3): by symbol, the requested
 * symbol to an array of every coin using it, by CoinMarketCap id (not by rank: a client taking {@code [0]} may get
 * an inactive coin); by id, the id to its coin; by slug, the id (as recorded) or the slug to its coin.
 */
@Component
class QuoteRenderer {

    /** @param items coins rendered, the measure of the credits */
    record Rendered(ObjectNode data, int items) {}

    private final CryptocurrencyRenderer items;
    private final CoinMarketCapProperties.Quotes settings;
    private final SimulatorJson json;

    QuoteRenderer(CryptocurrencyRenderer items, CoinMarketCapProperties properties, SimulatorJson json) {
        this.items = items;
        this.settings = properties.quotes();
        this.json = json;
    }

    Rendered data(MarketSnapshot snapshot, List<QuoteSelector.Match> matches, QuotesQuery query) {
        List<CryptocurrencyRenderer.Conversion> conversions =
                CryptocurrencyRenderer.conversions(snapshot, query.quotes());
        ObjectNode data = json.object();
        int count = 0;
        for (QuoteSelector.Match match : matches) {
            if (query.by() == QuotesQuery.Lookup.SYMBOL) {
                if (match.coins().length == 0
                        && settings.unknownSymbols() == CoinMarketCapProperties.UnknownSymbols.OMIT) {
                    continue;
                }
                ArrayNode coins = data.putArray(match.requested());
                for (int coin : match.coins()) {
                    coins.add(item(snapshot, coin, query, conversions));
                    count++;
                }
            } else if (match.coins().length == 1) {
                int coin = match.coins()[0];
                String key = query.by() == QuotesQuery.Lookup.SLUG
                                && settings.slugKeys() == CoinMarketCapProperties.SlugKeys.SLUG
                        ? match.requested()
                        : String.valueOf(snapshot.asset(coin).cmc().id());
                if (!data.has(key)) { // "1" and "01" are one coin
                    data.set(key, item(snapshot, coin, query, conversions));
                    count++;
                }
            }
        }
        return new Rendered(data, count);
    }

    private ObjectNode item(
            MarketSnapshot snapshot, int coin, QuotesQuery query, List<CryptocurrencyRenderer.Conversion> conversions) {
        return items.item(snapshot, coin, query.aux(), conversions, CryptocurrencyRenderer.TagStyle.OBJECTS);
    }
}
