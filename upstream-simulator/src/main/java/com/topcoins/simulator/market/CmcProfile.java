package com.topcoins.simulator.market;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * How CoinMarketCap lists an asset.
 *
 * @param platform                      null for coins
 * @param selfReportedCirculatingSupply usually null
 * @param tvlShare                      TVL as a multiple of the market cap; null when the asset has no TVL
 * @param volumeFactor                  CoinMarketCap's "adjusted" volume relative to CryptoCompare's total volume
 */
public record CmcProfile(
        int id,
        int numMarketPairs,
        Instant dateAdded,
        List<String> tags,
        Platform platform,
        BigDecimal selfReportedCirculatingSupply,
        Double tvlShare,
        double volumeFactor) {}
