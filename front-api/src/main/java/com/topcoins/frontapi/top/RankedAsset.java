package com.topcoins.frontapi.top;

import java.math.BigDecimal;

/**
 * The fields of a stored {@link com.topcoins.common.market.RankingEntry} an answer uses, read with a
 * projection of exactly these components ({@code SnapshotStore.rankingWindow}): 38 % of the whole
 * entry's bytes to fetch and decode on every cache miss. Public for the driver's record codec.
 */
public record RankedAsset(int rank, String symbol, String name, BigDecimal volume24hUsd) {}
