package com.topcoins.common.market;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One row of a CoinMarketCap price snapshot (collection {@code prices}). Symbols are not unique on
 * CoinMarketCap; {@code cmcId} is.
 */
public record PriceEntry(
        String snapshotId,
        long cmcId,
        String symbol,
        String name,
        Integer cmcRank,
        BigDecimal priceUsd,
        BigDecimal marketCapUsd,
        BigDecimal volume24hUsd,
        Instant lastUpdated) {}
