package com.topcoins.common.market;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One row of a CryptoCompare ranking snapshot (collection {@code rankings}): the asset at
 * {@code rank} by total 24 h volume. Market figures are null when CryptoCompare has no {@code RAW}
 * data for the asset; {@code marketCapUsd} is that of the circulating supply.
 */
public record RankingEntry(
        String snapshotId,
        int rank,
        String ccId,
        String symbol,
        String name,
        BigDecimal priceUsd,
        BigDecimal marketCapUsd,
        BigDecimal volume24hUsd,
        Instant lastUpdated) {}
