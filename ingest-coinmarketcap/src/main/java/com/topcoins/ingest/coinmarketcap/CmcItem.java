package com.topcoins.ingest.coinmarketcap;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

/**
 * The fields we use of one {@code data[]} item of {@code /v1/cryptocurrency/listings/latest}.
 * Every number is nullable and may arrive as an integer or a decimal literal.
 */
record CmcListing(
        long id,
        String name,
        String symbol,
        @JsonProperty("cmc_rank") Integer cmcRank,
        @JsonProperty("last_updated") Instant lastUpdated,
        Map<String, Quote> quote) {

    /** One entry of the {@code quote} map, keyed by the requested {@code convert} code. */
    record Quote(
            BigDecimal price,
            @JsonProperty("volume_24h") BigDecimal volume24h,
            @JsonProperty("market_cap") BigDecimal marketCap,
            @JsonProperty("last_updated") Instant lastUpdated) {}
}
