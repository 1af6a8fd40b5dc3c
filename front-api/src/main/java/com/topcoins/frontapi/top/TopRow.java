package com.topcoins.frontapi.top;

import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.AdditionalPropertiesValue;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * One asset of the answer: rank, symbol, name and 24 h volume from CryptoCompare; price, market
 * cap and price time from the matched CoinMarketCap asset (null when none matched, and then
 * {@code unpricedReason} says why; null when priced). Symbols are not unique: the two ids name the
 * asset on each side ({@code coinmarketcapId} null when unpriced). Every field is always sent, null or not.
 */
@Schema(description = "One ranked asset", additionalProperties = AdditionalPropertiesValue.FALSE)
public record TopRow(
        @Schema(requiredMode = RequiredMode.REQUIRED, minimum = "1", description = "1-based rank by 24 h volume")
        int rank,

        @Schema(requiredMode = RequiredMode.REQUIRED, description = "Ticker; not unique across assets")
        String symbol,

        @Schema(requiredMode = RequiredMode.REQUIRED, description = "CryptoCompare's full name")
        String name,

        @Schema(
                requiredMode = RequiredMode.REQUIRED,
                types = {"number", "null"},
                description = "CoinMarketCap's USD price, plain decimal; null for an unpriced row")
        BigDecimal priceUsd,

        @Schema(
                requiredMode = RequiredMode.REQUIRED,
                types = {"number", "null"},
                description = "CoinMarketCap's USD market cap; null when unpriced or unknown")
        BigDecimal marketCapUsd,

        @Schema(
                requiredMode = RequiredMode.REQUIRED,
                types = {"number", "null"},
                description = "CryptoCompare's 24 h volume in USD (the ranking metric); null when it has none")
        BigDecimal volume24hUsd,

        @Schema(
                requiredMode = RequiredMode.REQUIRED,
                types = {"string", "null"},
                format = "date-time",
                description = "CoinMarketCap's time for the price; null when unpriced or unknown")
        Instant priceUpdatedAt,

        @Schema(requiredMode = RequiredMode.REQUIRED, description = "How the price was matched; `none`: unpriced")
        Match match,

        @Schema(
                requiredMode = RequiredMode.REQUIRED,
                types = {"string", "null"},
                description = "Why the row has no price; null when priced")
        Unpriced unpricedReason,

        @Schema(requiredMode = RequiredMode.REQUIRED, description = "CryptoCompare's id of the asset")
        String cryptocompareId,

        @Schema(
                requiredMode = RequiredMode.REQUIRED,
                types = {"integer", "null"},
                format = "int64",
                description = "CoinMarketCap's id of the matched asset; null when unpriced")
        Long coinmarketcapId) {}
