package com.topcoins.frontapi.asset;

import com.topcoins.frontapi.top.TopRow;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.AdditionalPropertiesValue;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;
import java.math.BigDecimal;
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
@Schema(additionalProperties = AdditionalPropertiesValue.FALSE)
public record AssetAnswer(
        @Schema(requiredMode = RequiredMode.REQUIRED) String symbol,
        @Schema(requiredMode = RequiredMode.REQUIRED) SymbolMatch symbolMatch,

        @Schema(
                requiredMode = RequiredMode.REQUIRED,
                types = {"string", "null"},
                format = "date-time")
        Instant rankingAsOf,

        @Schema(requiredMode = RequiredMode.REQUIRED) Instant rankingFetchedAt,

        @Schema(
                requiredMode = RequiredMode.REQUIRED,
                types = {"string", "null"},
                format = "date-time")
        Instant pricesAsOf,

        @Schema(requiredMode = RequiredMode.REQUIRED) Instant pricesFetchedAt,
        @Schema(requiredMode = RequiredMode.REQUIRED) String rankingSnapshot,
        @Schema(requiredMode = RequiredMode.REQUIRED) String pricesSnapshot,
        @Schema(requiredMode = RequiredMode.REQUIRED) TopRow asset,
        @Schema(requiredMode = RequiredMode.REQUIRED) List<TopRow> sameSymbol,
        @Schema(requiredMode = RequiredMode.REQUIRED) List<Candidate> candidates) {

    /** A CoinMarketCap listing sharing the symbol; {@code chosen}: the one whose price the row carries. */
    @Schema(additionalProperties = AdditionalPropertiesValue.FALSE)
    public record Candidate(
            @Schema(requiredMode = RequiredMode.REQUIRED) long coinmarketcapId,
            @Schema(requiredMode = RequiredMode.REQUIRED) String symbol,
            @Schema(requiredMode = RequiredMode.REQUIRED) String name,

            @Schema(
                    requiredMode = RequiredMode.REQUIRED,
                    types = {"number", "null"})
            BigDecimal priceUsd,

            @Schema(
                    requiredMode = RequiredMode.REQUIRED,
                    types = {"integer", "null"})
            Integer cmcRank,

            @Schema(requiredMode = RequiredMode.REQUIRED) boolean chosen) {}
}
