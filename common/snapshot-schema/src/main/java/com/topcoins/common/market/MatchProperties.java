package com.topcoins.common.market;

import jakarta.validation.constraints.DecimalMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How far CryptoCompare's own figures may be from a CoinMarketCap candidate's for the candidate to be that coin
 * (the merge rule, README "How rows get their price"). Read by the front API and the CoinMarketCap ingestion.
 *
 * @param priceFactor     a candidate agrees when its price is at most this many times CryptoCompare's, and at
 *                        least its inverse: the two aggregates of one coin differ by far less, while another coin
 *                        that shares the ticker is rarely that close
 * @param marketCapFactor the same for market caps, where both have one: looser, as the two count supplies
 *                        differently, yet it tells apart coins of one price (stablecoins) by size
 */
@Validated
@ConfigurationProperties("topcoins.match")
public record MatchProperties(
        @DefaultValue("1.5") @DecimalMin("1.0") double priceFactor,
        @DefaultValue("3") @DecimalMin("1.0") double marketCapFactor) {

    public Evidence evidence() {
        return new Evidence(priceFactor, marketCapFactor);
    }
}
