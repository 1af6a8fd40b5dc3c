package com.topcoins.ingest.coinmarketcap;

import com.topcoins.common.market.Evidence;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Which ranked symbols the listing leaves unpriced, so their quotes are worth their credits: those without a
 * listed candidate that the merge rule would accept (by {@link Evidence}; without CryptoCompare's price, any priced
 * candidate). A quote by symbol returns every coin of the symbol, the ranked one included when CoinMarketCap
 * has it, beyond the listing's depth.
 */
final class QuoteSelection {

    /** What {@code symbol} accepts (upstream-apis.md 2b.2); a ranked symbol outside it would fail its whole batch. */
    private static final Pattern QUOTABLE = Pattern.compile("[0-9A-Za-z$@\\-]+");

    private QuoteSelection() {}

    /** @return upper-cased symbols in ranking order, each once */
    static Set<String> unsettled(List<RankedSymbol> ranking, Collection<CmcItem> listing, Evidence evidence) {
        Map<String, List<CmcItem>> bySymbol =
                listing.stream().collect(Collectors.groupingBy(item -> key(item.symbol())));
        Set<String> symbols = new LinkedHashSet<>();
        for (RankedSymbol ranked : ranking) {
            String key = key(ranked.symbol());
            if (!QUOTABLE.matcher(key).matches()) {
                continue;
            }
            List<CmcItem> candidates = bySymbol.getOrDefault(key, List.of());
            boolean settled = candidates.stream().anyMatch(candidate -> {
                CmcItem.Quote usd = CoinMarketCapSource.usd(candidate);
                BigDecimal price = usd == null ? null : usd.price();
                BigDecimal marketCap = usd == null ? null : usd.marketCap();
                return Evidence.positive(ranked.priceUsd())
                        ? evidence.agrees(price, marketCap, ranked.priceUsd(), ranked.marketCapUsd())
                        : Evidence.positive(price);
            });
            if (!settled) {
                symbols.add(key);
            }
        }
        return symbols;
    }

    static String key(String symbol) {
        return symbol == null ? "" : symbol.toUpperCase(Locale.ROOT);
    }
}
