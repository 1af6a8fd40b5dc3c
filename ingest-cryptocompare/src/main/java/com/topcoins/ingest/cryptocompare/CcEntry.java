package com.topcoins.ingest.cryptocompare;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.util.Map;

/**
 * The fields we use of one {@code Data[]} entry of the toplist. {@code RAW} is missing for assets
 * without price data; {@code CoinInfo.Id} is numeric text.
 */
record CcEntry(
        @JsonProperty("CoinInfo") CoinInfo coinInfo,
        @JsonProperty("RAW") Map<String, Raw> raw) {

    record CoinInfo(
            @JsonProperty("Id") String id,
            @JsonProperty("Name") String name,
            @JsonProperty("FullName") String fullName) {}

    /**
     * {@code RAW.<tsym>}: machine values; {@code LASTUPDATE} is Unix epoch seconds. The market cap is that of
     * the circulating supply, as CoinMarketCap's is ({@code MKTCAP} counts the total supply), so the two
     * can be compared when the merge checks a match.
     */
    record Raw(
            @JsonProperty("PRICE") BigDecimal price,
            @JsonProperty("CIRCULATINGSUPPLYMKTCAP") BigDecimal marketCap,
            @JsonProperty("TOTALVOLUME24HTO") BigDecimal totalVolume24hTo,
            @JsonProperty("LASTUPDATE") Long lastUpdate) {}
}
