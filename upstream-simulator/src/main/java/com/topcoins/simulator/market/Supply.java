package com.topcoins.simulator.market;

import java.math.BigDecimal;

/**
 * Supply figures as the providers publish them. BigDecimal keeps the literal form (integer vs decimal).
 *
 * @param circulating 0 when unknown (which drives CoinMarketCap's market cap to 0)
 * @param total       0 when unknown
 * @param max         null when there is no known cap
 * @param infinite    no cap by design (CoinMarketCap's {@code infinite_supply})
 */
public record Supply(BigDecimal circulating, BigDecimal total, BigDecimal max, boolean infinite) {}
