package com.topcoins.simulator.market;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * How CryptoCompare ranks an asset.
 *
 * @param id                 numeric text, as CryptoCompare sends it
 * @param ticker             CryptoCompare's {@code Name}: upper case even when CoinMarketCap's symbol is not
 * @param fullName           usually the CoinMarketCap name, but not always
 * @param netHashesPerSecond may exceed 2^63
 * @param maxSupply          -1 when there is no cap
 * @param hasRaw             false: the entry comes without {@code RAW}/{@code DISPLAY}
 * @param topTierShare       share of the total volume traded on top-tier exchanges
 */
public record CcProfile(
        String id,
        String ticker,
        String fullName,
        String imageUrl,
        String algorithm,
        String proofType,
        WeissRating rating,
        BigDecimal netHashesPerSecond,
        long blockNumber,
        BigDecimal blockTime,
        BigDecimal blockReward,
        LocalDate launchDate,
        BigDecimal maxSupply,
        boolean hasRaw,
        boolean flagsHighBit,
        double topTierShare) {}
