package com.topcoins.simulator.market;

/** The chain a token lives on (CoinMarketCap's {@code platform}); the address is opaque text, not always hex. */
public record Platform(int id, String name, String symbol, String slug, String tokenAddress) {}
