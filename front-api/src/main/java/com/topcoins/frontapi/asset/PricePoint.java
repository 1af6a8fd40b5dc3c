package com.topcoins.frontapi.asset;

import java.math.BigDecimal;

/** What a history reads of a coin's price document in one snapshot (see {@link RankingPoint}). */
public record PricePoint(String snapshotId, BigDecimal priceUsd) {}
