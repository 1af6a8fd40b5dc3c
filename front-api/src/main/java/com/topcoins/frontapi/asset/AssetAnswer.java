package com.topcoins.frontapi.asset;

import com.topcoins.frontapi.top.TopRow;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;

/**
 * The answer of {@code GET /api/v1/assets/{symbol}}: the row {@code GET /api/v1/top} has for the asset now, and
 * what else shares its symbol, so a client sees which coin it got and why.
 *
 * @param symbol      the symbol as asked
 * @param symbolMatch whether the row's symbol is the asked one exactly or only ignoring case
 * @param asset       the chosen ranked asset, merged as in the top list
 * @param sameSymbol  the other ranked assets whose symbol equals the asked one ignoring case, by rank
 * @param candidates  the CoinMarketCap listings of the chosen row's symbol (ignoring case) the merge chose among,
 *                    by {@code cmcRank}; at most one is {@code chosen}, none when the row is unpriced
 */
public record AssetAnswer(
        String symbol,
        SymbolMatch symbolMatch,
        @Schema(nullable = true) Instant rankingAsOf,
        Instant rankingFetchedAt,
        @Schema(nullable = true) Instant pricesAsOf,
        Instant pricesFetchedAt,
        String rankingSnapshot,
        String pricesSnapshot,
        TopRow asset,
        List<TopRow> sameSymbol,
        List<Candidate> candidates) {

    /** A CoinMarketCap listing sharing the symbol; {@code chosen}: the one whose price the row carries. */
    public record Candidate(
            long coinmarketcapId,
            String symbol,
            String name,
            @Schema(nullable = true) java.math.BigDecimal priceUsd,
            @Schema(nullable = true) Integer cmcRank,
            boolean chosen) {}
}
