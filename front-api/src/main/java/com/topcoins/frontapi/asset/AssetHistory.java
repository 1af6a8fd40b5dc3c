package com.topcoins.frontapi.asset;

import io.swagger.v3.oas.annotations.media.Schema;
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
public record AssetHistory(
        String symbol,
        String cryptocompareId,
        @Schema(nullable = true) Long coinmarketcapId,
        Instant from,
        Instant to,
        int count,
        List<Point> points) {

    /**
     * @param at              the ranking snapshot's completion
     * @param rank            null when the asset was not in that ranking (below its depth)
     * @param volume24hUsd    CryptoCompare's, from that ranking snapshot
     * @param priceUsd        CoinMarketCap's, from the price snapshot current at {@code at}; null when there was
     *                        none or the coin is not in it
     * @param pricesSnapshot  the price snapshot current at {@code at}, null when none was
     */
    public record Point(
            Instant at,
            @Schema(nullable = true) Integer rank,
            @Schema(nullable = true) BigDecimal priceUsd,
            @Schema(nullable = true) BigDecimal volume24hUsd,
            String rankingSnapshot,
            @Schema(nullable = true) String pricesSnapshot) {}
}
