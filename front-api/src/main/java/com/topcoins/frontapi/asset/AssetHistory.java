package com.topcoins.frontapi.asset;

import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.AdditionalPropertiesValue;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * The answer of {@code GET /api/v1/assets/{symbol}/history}: one point per complete ranking snapshot completed
 * from {@code from} to {@code to}, oldest first, each what {@code GET /?at=<at>} said about the asset. The asset is
 * the one its current row names: by CryptoCompare's id in rankings, by CoinMarketCap's in prices.
 *
 * @param coinmarketcapId null when the current row is unpriced: then every price is null
 */
@Schema(additionalProperties = AdditionalPropertiesValue.FALSE)
public record AssetHistory(
        @Schema(requiredMode = RequiredMode.REQUIRED) String symbol,
        @Schema(requiredMode = RequiredMode.REQUIRED) String cryptocompareId,

        @Schema(
                requiredMode = RequiredMode.REQUIRED,
                types = {"integer", "null"},
                format = "int64")
        Long coinmarketcapId,

        @Schema(requiredMode = RequiredMode.REQUIRED) Instant from,
        @Schema(requiredMode = RequiredMode.REQUIRED) Instant to,
        @Schema(requiredMode = RequiredMode.REQUIRED) int count,
        @Schema(requiredMode = RequiredMode.REQUIRED) List<Point> points) {

    /**
     * @param at              the ranking snapshot's completion
     * @param rank            null when the asset was not in that ranking (below its depth)
     * @param volume24hUsd    CryptoCompare's, from that ranking snapshot
     * @param priceUsd        CoinMarketCap's, from the price snapshot current at {@code at}; null when there was
     *                        none or the coin is not in it
     * @param pricesSnapshot  the price snapshot current at {@code at}, null when none was
     */
    @Schema(additionalProperties = AdditionalPropertiesValue.FALSE)
    public record Point(
            @Schema(requiredMode = RequiredMode.REQUIRED) Instant at,

            @Schema(
                    requiredMode = RequiredMode.REQUIRED,
                    types = {"integer", "null"})
            Integer rank,

            @Schema(
                    requiredMode = RequiredMode.REQUIRED,
                    types = {"number", "null"})
            BigDecimal priceUsd,

            @Schema(
                    requiredMode = RequiredMode.REQUIRED,
                    types = {"number", "null"})
            BigDecimal volume24hUsd,

            @Schema(requiredMode = RequiredMode.REQUIRED) String rankingSnapshot,

            @Schema(
                    requiredMode = RequiredMode.REQUIRED,
                    types = {"string", "null"})
            String pricesSnapshot) {}
}
