package com.topcoins.frontapi.top;

import java.math.BigDecimal;

/**
 * The price of one CoinMarketCap asset in one snapshot: the fields a sparkline and an asset history read of a stored
 * {@link com.topcoins.common.market.PriceEntry}. Public for the driver's record codec.
 */
public record PricePoint(String snapshotId, long cmcId, BigDecimal priceUsd) {}
