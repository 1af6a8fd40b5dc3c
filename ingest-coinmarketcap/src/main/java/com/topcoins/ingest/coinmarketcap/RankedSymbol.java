package com.topcoins.ingest.coinmarketcap;

import java.math.BigDecimal;

/** The stored fields of a ranking row that {@link QuoteSelection} needs. Public for the driver's record codec. */
public record RankedSymbol(String symbol, BigDecimal priceUsd, BigDecimal marketCapUsd) {}
