package com.topcoins.frontapi.top;

import java.math.BigDecimal;

/**
 * The fields of a stored {@link com.topcoins.common.market.RankingEntry} an answer uses, read with a
 * projection of exactly these components ({@code SnapshotStore.rankingWindow}), so a cache miss fetches and
 * decodes less than the whole entry. CryptoCompare's own price and market cap are
 * the evidence the merge checks a CoinMarketCap candidate against. Public for the driver's record codec.
 */
public record RankedAsset(
        int rank,
        String ccId,
        String symbol,
        String name,
        BigDecimal priceUsd,
        BigDecimal marketCapUsd,
        BigDecimal volume24hUsd) {}
