package com.topcoins.simulator.coinmarketcap;

import com.topcoins.simulator.json.SimulatorJson;
import com.topcoins.simulator.market.MarketSnapshot;
import java.util.List;
import org.springframework.stereotype.Component;
import tools.jackson.databind.node.ArrayNode;

/** Renders a page of listings/latest: an array of items with tags as plain slugs (upstream-apis.md 1.6.2). */
@Component
class ListingRenderer {

    private final CryptocurrencyRenderer items;
    private final SimulatorJson json;

    ListingRenderer(CryptocurrencyRenderer items, SimulatorJson json) {
        this.items = items;
        this.json = json;
    }

    ArrayNode items(MarketSnapshot snapshot, int[] page, ListingsQuery query) {
        List<CryptocurrencyRenderer.Conversion> conversions =
                CryptocurrencyRenderer.conversions(snapshot, query.quotes());
        ArrayNode data = json.array();
        for (int index : page) {
            data.add(items.item(snapshot, index, query.aux(), conversions, CryptocurrencyRenderer.TagStyle.SLUGS));
        }
        return data;
    }
}
