package com.topcoins.frontapi.top;

import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.AdditionalPropertiesValue;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;
import java.time.Instant;
import java.util.List;

/**
 * The JSON answer: for each source, the time it gives for its data ({@code *AsOf}: CryptoCompare's newest
 * {@code LASTUPDATE}, CoinMarketCap's {@code status.timestamp}; null when a snapshot predates it) and when we
 * fetched it ({@code *FetchedAt}: the snapshot's completion), and the rows.
 */
@Schema(
        description = "The top assets of one ranking snapshot with the prices of one price snapshot",
        additionalProperties = AdditionalPropertiesValue.FALSE)
public record TopPage(
        @Schema(
                requiredMode = RequiredMode.REQUIRED,
                types = {"string", "null"},
                format = "date-time",
                description = "CryptoCompare's time for the ranking; null when unknown")
        Instant rankingAsOf,

        @Schema(requiredMode = RequiredMode.REQUIRED, description = "When the ranking snapshot was complete")
        Instant rankingFetchedAt,

        @Schema(
                requiredMode = RequiredMode.REQUIRED,
                types = {"string", "null"},
                format = "date-time",
                description = "CoinMarketCap's time for the prices; null when unknown")
        Instant pricesAsOf,

        @Schema(requiredMode = RequiredMode.REQUIRED, description = "When the price snapshot was complete")
        Instant pricesFetchedAt,

        @Schema(requiredMode = RequiredMode.REQUIRED, minimum = "0", description = "Rows in `data`")
        int count,

        @Schema(requiredMode = RequiredMode.REQUIRED, description = "The rows, by rank")
        List<TopRow> data) {}
