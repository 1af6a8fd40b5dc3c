package com.topcoins.frontapi.top;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One asset of the answer: rank, symbol, name and 24 h volume from CryptoCompare; price, market
 * cap and price time from the matched CoinMarketCap asset (null when none matched, and then
 * {@code unpricedReason} says why; null when priced). Symbols are not unique: the two ids name the
 * asset on each side ({@code coinmarketcapId} null when unpriced).
 */
public record TopRow(
        int rank,
        String symbol,
        String name,
        BigDecimal priceUsd,
        BigDecimal marketCapUsd,
        BigDecimal volume24hUsd,
        Instant priceUpdatedAt,
        Match match,
        Unpriced unpricedReason,
        String cryptocompareId,
        Long coinmarketcapId) {}
