package com.topcoins.simulator.market;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An asset under construction. Hand-written and special assets set what matters to them; the generator
 * fills in everything left null with seeded random values.
 */
final class AssetDraft {

    // Identity. CryptoCompare's ticker and full name default to the upper-cased symbol and the name.
    String name;
    String symbol;
    String slug;
    String ccTicker;
    String ccFullName;
    Integer cmcId;
    String ccId;
    boolean onCmc = true;
    boolean onCc = true;
    boolean ccHasRaw = true;
    boolean handWritten;
    /** The designed difficulty this asset stands for (see {@code /admin/truth}); null for an ordinary one. */
    String trap;

    /** Position in the ranking by base volume (1 = most traded); null: any free position. */
    Integer volumeSlot;

    // Fundamentals. Null: random (price), derived from the volume (market cap), random (supply).
    Double price;
    Double marketCap;
    Supply supply;
    boolean zeroCirculating;
    Boolean token;
    Platform platform;
    List<String> tags;
    Instant dateAdded;
    LocalDate launchDate;

    // CryptoCompare coin facts.
    String algorithm;
    String proofType;
    BigDecimal netHashesPerSecond;
    Long blockNumber;
    BigDecimal blockTime;
    BigDecimal blockReward;
    WeissRating rating;
    BigDecimal ccMaxSupply;

    /** CoinMarketCap's adjusted volume over CryptoCompare's; null: random. */
    Double cmcVolumeFactor;

    // Behaviour.
    boolean stablecoin;
    boolean integerChanges;
    Boolean exponentPrices;
    Traits.ChangeGaps changeGaps;
    Double dailyVolatility;

    static AssetDraft named(String name, String symbol, String slug) {
        AssetDraft draft = new AssetDraft();
        draft.name = name;
        draft.symbol = symbol;
        draft.slug = slug;
        return draft;
    }

    AssetDraft trap(String trap) {
        this.trap = trap;
        return this;
    }

    AssetDraft ids(int cmcId, String ccId) {
        this.cmcId = cmcId;
        this.ccId = ccId;
        return this;
    }

    AssetDraft slot(int volumeSlot) {
        this.volumeSlot = volumeSlot;
        return this;
    }

    AssetDraft price(double price) {
        this.price = price;
        return this;
    }

    AssetDraft supply(String circulating, String total, String max, boolean infinite) {
        this.supply = new Supply(
                new BigDecimal(circulating), new BigDecimal(total), max == null ? null : new BigDecimal(max), infinite);
        return this;
    }

    AssetDraft coin() {
        this.token = false;
        return this;
    }

    AssetDraft token(Platform platform) {
        this.token = true;
        this.platform = platform;
        return this;
    }

    AssetDraft tags(String... tags) {
        this.tags = List.of(tags);
        return this;
    }

    AssetDraft added(String date) {
        this.dateAdded = Instant.parse(date + "T00:00:00.000Z");
        return this;
    }

    AssetDraft launched(String date) {
        this.launchDate = LocalDate.parse(date);
        return this;
    }

    AssetDraft mined(
            String algorithm,
            String proofType,
            String netHashesPerSecond,
            long blockNumber,
            String blockTime,
            String blockReward) {
        this.algorithm = algorithm;
        this.proofType = proofType;
        this.netHashesPerSecond = new BigDecimal(netHashesPerSecond);
        this.blockNumber = blockNumber;
        this.blockTime = new BigDecimal(blockTime);
        this.blockReward = new BigDecimal(blockReward);
        return this;
    }

    AssetDraft rated(String rating, String technology, String market) {
        this.rating = new WeissRating(rating, technology, market);
        return this;
    }

    AssetDraft cryptoCompare(String ticker, String fullName) {
        this.ccTicker = ticker;
        this.ccFullName = fullName;
        return this;
    }

    AssetDraft ccMaxSupply(String maxSupply) {
        this.ccMaxSupply = new BigDecimal(maxSupply);
        return this;
    }

    AssetDraft stablecoin() {
        this.stablecoin = true;
        this.dailyVolatility = 0.0005;
        return this;
    }

    AssetDraft volatility(double daily) {
        this.dailyVolatility = daily;
        return this;
    }

    AssetDraft integerChanges() {
        this.integerChanges = true;
        return this;
    }

    AssetDraft exponentPrices() {
        this.exponentPrices = true;
        return this;
    }

    AssetDraft cmcOnly() {
        this.onCc = false;
        return this;
    }

    AssetDraft ccOnly() {
        this.onCmc = false;
        return this;
    }
}
