package com.topcoins.simulator.market;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * How CoinMarketCap lists an asset.
 *
 * @param dateAdded                     null when unknown (which quotes/latest shows as {@code date_added: null})
 * @param platform                      null for coins
 * @param selfReportedCirculatingSupply usually null
 * @param tvlShare                      TVL as a multiple of the market cap; null when the asset has no TVL
 * @param volumeFactor                  CoinMarketCap's "adjusted" volume relative to CryptoCompare's total volume
 * @param active                        false: known to CoinMarketCap without any tracked market ({@code is_active: 0}),
 *                                      so only quotes/latest shows it, never the listing
 */
public record CmcProfile(
        int id,
        int numMarketPairs,
        Instant dateAdded,
        List<String> tags,
        Platform platform,
        BigDecimal selfReportedCirculatingSupply,
        Double tvlShare,
        double volumeFactor,
        boolean active) {}
