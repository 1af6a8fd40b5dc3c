package com.topcoins.simulator.coinmarketcap;

import static com.topcoins.simulator.json.JsonNumbers.put;
import static com.topcoins.simulator.json.JsonNumbers.putSmall;

import com.topcoins.simulator.json.IsoTimes;
import com.topcoins.simulator.json.JsonNumbers;
import com.topcoins.simulator.json.SimulatorJson;
import com.topcoins.simulator.market.Asset;
import com.topcoins.simulator.market.MarketSnapshot;
import com.topcoins.simulator.market.Platform;
import com.topcoins.simulator.market.Seeds;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.springframework.stereotype.Component;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * CoinMarketCap's cryptocurrency object, the item of both endpoints: listings/latest (upstream-apis.md 1.6.2) and
 * quotes/latest v2 (2b.3.1), with the field set and order of current real responses. Rendered from the snapshot
 * alone, so a coin's listing item and its quote agree at any tick. The endpoints differ only in what their
 * {@code aux} admits ({@code is_active}/{@code is_fiat} are quotes-only) and in the form of the tags.
 */
@Component
class CryptocurrencyRenderer {

    /** Tag slugs ({@code ["defi"]}) in listings, {@code {slug, name, category}} objects in quotes/latest v2. */
    enum TagStyle {
        SLUGS,
        OBJECTS
    }

    /** @param usdValue USD per unit of the conversion's currency, at the snapshot's tick */
    record Conversion(String key, double usdValue) {}

    private final SimulatorJson json;

    CryptocurrencyRenderer(SimulatorJson json) {
        this.json = json;
    }

    static List<Conversion> conversions(MarketSnapshot snapshot, List<QuoteKey> quotes) {
        return quotes.stream()
                .map(q -> new Conversion(q.key(), q.currency().usdValue(snapshot)))
                .toList();
    }

    ObjectNode item(MarketSnapshot s, int index, Set<String> aux, List<Conversion> conversions, TagStyle tagStyle) {
        Asset a = s.asset(index);
        int i = a.index();
        double price = s.price(i);
        BigDecimal circulating = a.supply().circulating();
        BigDecimal total = a.supply().total();
        BigDecimal max = a.supply().max();
        // Item and quote timestamps differ by a few seconds, as they do upstream.
        SplittableRandom detail = Seeds.forDetail(s.universe().seed(), s.tick(), i);
        Instant updated = s.asOf().minusSeconds(5 + detail.nextInt(55)).truncatedTo(ChronoUnit.SECONDS);
        Instant quoteUpdated = updated.plusSeconds(detail.nextInt(6));

        ObjectNode item = json.object();
        item.put("id", a.cmc().id());
        item.put("name", a.name());
        item.put("symbol", a.symbol());
        item.put("slug", a.slug());
        if (aux.contains("num_market_pairs")) {
            item.put("num_market_pairs", a.cmc().numMarketPairs());
        }
        if (aux.contains("date_added")) {
            Instant added = a.cmc().dateAdded();
            item.put("date_added", added == null ? null : IsoTimes.format(added));
        }
        if (aux.contains("tags")) {
            tags(item.putArray("tags"), a.cmc().tags(), tagStyle);
        }
        if (aux.contains("max_supply")) {
            item.put("max_supply", max); // null when uncapped
        }
        if (aux.contains("circulating_supply")) {
            item.put("circulating_supply", circulating);
        }
        if (aux.contains("total_supply")) {
            item.put("total_supply", total);
        }
        item.put("infinite_supply", a.supply().infinite());
        if (aux.contains("is_active")) {
            item.put("is_active", a.inactive() ? 0 : 1); // integers, not booleans
        }
        if (aux.contains("platform")) {
            platform(item, a.cmc().platform());
        }
        if (aux.contains("cmc_rank")) {
            int rank = s.cmcRank(i);
            if (rank == 0) {
                item.putNull("cmc_rank"); // inactive: not ranked
            } else {
                item.put("cmc_rank", rank);
            }
        }
        if (aux.contains("is_fiat")) {
            item.put("is_fiat", 0);
        }
        if (aux.contains("market_cap_by_total_supply")) {
            put(item, "market_cap_by_total_supply", price * total.doubleValue(), 15);
        }
        if (aux.contains("is_market_cap_included_in_calc")) {
            item.put("is_market_cap_included_in_calc", circulating.signum() > 0);
        }
        BigDecimal selfReported = a.cmc().selfReportedCirculatingSupply();
        item.put("self_reported_circulating_supply", selfReported);
        if (selfReported == null) {
            item.putNull("self_reported_market_cap");
        } else {
            put(item, "self_reported_market_cap", price * selfReported.doubleValue(), 15);
        }
        Double tvlShare = a.cmc().tvlShare();
        if (tvlShare == null || s.marketCap(i) == 0) {
            item.putNull("tvl_ratio");
        } else {
            put(item, "tvl_ratio", 1 / tvlShare, 6);
        }
        item.put("last_updated", IsoTimes.format(updated));

        ObjectNode quotes = item.putObject("quote");
        for (Conversion conversion : conversions) {
            quote(quotes.putObject(conversion.key()), s, a, aux, conversion.usdValue(), quoteUpdated);
        }
        return item;
    }

    private static void tags(ArrayNode node, List<String> slugs, TagStyle style) {
        for (String slug : slugs) {
            if (style == TagStyle.SLUGS) {
                node.add(slug);
            } else {
                ObjectNode tag = node.addObject();
                tag.put("slug", slug);
                tag.put("name", CmcTags.name(slug));
                tag.put("category", CmcTags.category(slug));
            }
        }
    }

    private static void platform(ObjectNode item, Platform platform) {
        if (platform == null) {
            item.putNull("platform");
            return;
        }
        ObjectNode node = item.putObject("platform");
        node.put("id", platform.id());
        node.put("name", platform.name());
        node.put("symbol", platform.symbol());
        node.put("slug", platform.slug());
        node.put("token_address", platform.tokenAddress());
    }

    private static void quote(
            ObjectNode q, MarketSnapshot s, Asset a, Set<String> aux, double usdValue, Instant updated) {
        int i = a.index();
        double price = s.price(i) / usdValue;
        double volume = s.cmcVolume(i) / usdValue;
        double marketCap = s.marketCap(i) / usdValue;
        BigDecimal diluting =
                a.supply().max() != null ? a.supply().max() : a.supply().total();

        putSmall(q, "price", price, 12, a.traits().exponentPrices());
        put(q, "volume_24h", volume, 14);
        if (aux.contains("volume_24h_reported")) {
            put(q, "volume_24h_reported", volume * 1.31, 14);
        }
        if (aux.contains("volume_7d")) {
            put(q, "volume_7d", volume * 7.2, 14);
        }
        if (aux.contains("volume_7d_reported")) {
            put(q, "volume_7d_reported", volume * 7.2 * 1.31, 14);
        }
        if (aux.contains("volume_30d")) {
            put(q, "volume_30d", volume * 29.4, 14);
        }
        if (aux.contains("volume_30d_reported")) {
            put(q, "volume_30d_reported", volume * 29.4 * 1.31, 14);
        }
        put(q, "volume_change_24h", s.volumeChange24h(i), 6);
        put(q, "percent_change_1h", s.change1h(i), 9);
        put(q, "percent_change_24h", s.change24h(i), 9);
        put(q, "percent_change_7d", s.change7d(i), 9);
        put(q, "percent_change_30d", s.change30d(i), 9);
        put(q, "percent_change_60d", s.change60d(i), 9);
        put(q, "percent_change_90d", s.change90d(i), 9);
        put(q, "market_cap", marketCap, 15);
        q.put("market_cap_dominance", JsonNumbers.fixed(100 * s.marketCap(i) / s.totalMarketCap(), 4));
        put(q, "fully_diluted_market_cap", price * diluting.doubleValue(), 15);
        Double tvlShare = a.cmc().tvlShare();
        if (tvlShare == null || marketCap == 0) {
            q.putNull("tvl");
        } else {
            put(q, "tvl", marketCap * tvlShare, 14);
        }
        q.put("last_updated", IsoTimes.format(updated));
    }
}
