package com.topcoins.ingest.coinmarketcap;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

/**
 * The fields we use of one cryptocurrency item, as {@code listings/latest} and {@code quotes/latest} share them
 * (their {@code tags} differ, strings against objects, and are not read). Every number is nullable and may arrive
 * as an integer or a decimal literal.
 *
 * @param isActive {@code quotes/latest} only, an integer: 1 when CoinMarketCap tracks a market of the coin
 */
record CmcItem(
        long id,
        String name,
        String symbol,
        @JsonProperty("cmc_rank") Integer cmcRank,
        @JsonProperty("is_active") Integer isActive,
        @JsonProperty("last_updated") Instant lastUpdated,
        Map<String, Quote> quote) {

    /** One entry of the {@code quote} map, keyed by the requested {@code convert} code. */
    record Quote(
            BigDecimal price,
            @JsonProperty("volume_24h") BigDecimal volume24h,
            @JsonProperty("market_cap") BigDecimal marketCap,
            @JsonProperty("last_updated") Instant lastUpdated) {}
}
