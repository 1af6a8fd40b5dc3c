package com.topcoins.frontapi.top;

import java.time.Instant;
import java.util.List;

/**
 * The JSON answer: for each source, the time it gives for its data ({@code *AsOf}: CryptoCompare's newest
 * {@code LASTUPDATE}, CoinMarketCap's {@code status.timestamp}; null when a snapshot predates it) and when we
 * fetched it ({@code *FetchedAt}: the snapshot's completion), and the rows.
 */
public record TopPage(
        Instant rankingAsOf,
        Instant rankingFetchedAt,
        Instant pricesAsOf,
        Instant pricesFetchedAt,
        int count,
        List<TopRow> data) {}
