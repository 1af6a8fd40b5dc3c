package com.topcoins.frontapi.asset;

import java.math.BigDecimal;

/**
 * What a history reads of an asset's ranking document in one snapshot: a projection of exactly these stored
 * fields ({@code SnapshotStore.ofAssets}). Public for the driver's record codec.
 */
public record RankingPoint(String snapshotId, int rank, BigDecimal volume24hUsd) {}
