package com.topcoins.frontapi;

import com.mongodb.client.MongoDatabase;
import com.topcoins.common.ingestion.SnapshotNotifier;
import com.topcoins.common.market.PriceEntry;
import com.topcoins.common.market.RankingEntry;
import com.topcoins.common.snapshot.NotificationProperties;
import com.topcoins.common.snapshot.Snapshot;
import com.topcoins.common.snapshot.SnapshotStore;
import com.topcoins.common.snapshot.Source;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.IntFunction;
import org.bson.Document;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.data.redis.core.StringRedisTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Publishes snapshots the way the ingestion services do (documents, then {@code complete}, then the
 * Redis notification), with contents a test chooses.
 */
@TestConfiguration(proxyBeanMethods = false)
public class SnapshotFixtures {

    /**
     * A ranking with every merge case: unique, shared and mixed-case symbols, none, tiny and huge prices; each
     * with CryptoCompare's own price, the evidence a candidate must agree with.
     */
    public static final List<Ranked> RANKING = List.of(
            ranked("BTC", "Bitcoin", "81100"),
            ranked("ETH", "Ethereum", "3118"),
            ranked("HOT", "HoloToken", "0.0025"),
            ranked("USDT", "Tether USDt", "1"),
            ranked("CUSDC", "Compound USD Coin", "0.0229"),
            ranked("NOPE", "Unlisted Coin", "3"),
            ranked("DUP", "Dup Coin", "21"),
            ranked("SHIB", "Shiba Inu", "0.00027"),
            ranked("BIG", "Big Number", "123000000000"),
            ranked("TINY", "Tiny Coin", "0.0000000123"));

    /**
     * Prices for {@link #RANKING}: three HOT (one by name), two DUP (the one whose price agrees), cUSDC, no
     * NOPE.
     */
    public static final List<Priced> PRICES = List.of(
            priced(1, "BTC", "Bitcoin", 1, "81240.17"),
            priced(1027, "ETH", "Ethereum", 2, "3120.5"),
            priced(900, "HOT", "Hydro Protocol", 900, "0.5"),
            priced(2682, "HOT", "Holo Token", 80, "0.00251"),
            priced(3000, "HOT", "HyperCash", 30, "7.25"),
            priced(825, "USDT", "Tether", 3, "1.0001"),
            priced(5265, "cUSDC", "Compound USDC", 150, "0.0228"),
            priced(7001, "DUP", "Alpha Dup", 50, "11"),
            priced(7002, "DUP", "Beta Dup", 20, "22"),
            priced(5994, "SHIB", "Shiba Inu", 12, "0.000269788"),
            priced(9001, "BIG", "Big Number", 99, "123456789012.5"),
            priced(9002, "TINY", "Tiny Coin", 999, "0.00000001234"));

    private static final BigDecimal MARKET_CAP = new BigDecimal("1000000");

    /** How much older than its run the upstream data of a published snapshot is. */
    public static final Duration DATA_LAG = Duration.ofSeconds(20);

    private final SnapshotStore store;
    private final MongoDatabase database;
    private final SnapshotNotifier notifier;

    SnapshotFixtures(
            SnapshotStore store,
            MongoDatabase database,
            StringRedisTemplate redis,
            JsonMapper json,
            NotificationProperties notification) {
        this.store = store;
        this.database = database;
        this.notifier = new SnapshotNotifier(redis, json, notification);
    }

    /** {@code priceUsd}: CryptoCompare's own, null for none (then nothing checks a lone candidate). */
    public record Ranked(String symbol, String name, String priceUsd) {}

    public record Priced(long cmcId, String symbol, String name, int cmcRank, String price) {}

    public static Ranked ranked(String symbol, String name) {
        return new Ranked(symbol, name, null);
    }

    public static Ranked ranked(String symbol, String name, String priceUsd) {
        return new Ranked(symbol, name, priceUsd);
    }

    public static Priced priced(long cmcId, String symbol, String name, int cmcRank, String price) {
        return new Priced(cmcId, symbol, name, cmcRank, price);
    }

    /** Ranks follow list order from 1; each asset's 24 h volume is 1000 × its reversed rank. */
    public Snapshot publishRanking(List<Ranked> assets) {
        return publishRanking(assets, index -> "cc-" + (index + 1), defaultVolumes(assets));
    }

    /**
     * As {@link #publishRanking(List)}, with each asset's CryptoCompare id chosen by the test: the same across
     * snapshots whatever the rank, as upstream's is.
     */
    public Snapshot publishRanking(List<Ranked> assets, Function<Ranked, String> ccId) {
        return publishRanking(assets, index -> ccId.apply(assets.get(index)), defaultVolumes(assets));
    }

    /** As {@link #publishRanking(List)}, with the 24 h volume of each rank. */
    public Snapshot publishRankingWithVolumes(List<Ranked> assets, IntFunction<BigDecimal> volumeOfRank) {
        return publishRanking(assets, index -> "cc-" + (index + 1), volumeOfRank);
    }

    private static IntFunction<BigDecimal> defaultVolumes(List<Ranked> assets) {
        return rank -> BigDecimal.valueOf(1000L * (assets.size() - rank + 1));
    }

    /** {@code ccIdAt}: the CryptoCompare id of the asset at a 0-based index of the list. */
    private Snapshot publishRanking(
            List<Ranked> assets, IntFunction<String> ccIdAt, IntFunction<BigDecimal> volumeOfRank) {
        Snapshot complete = publish(Source.CRYPTOCOMPARE, RankingEntry.class, id -> {
            List<RankingEntry> entries = new ArrayList<>();
            for (int i = 0; i < assets.size(); i++) {
                Ranked asset = assets.get(i);
                entries.add(new RankingEntry(
                        id,
                        i + 1,
                        ccIdAt.apply(i),
                        asset.symbol(),
                        asset.name(),
                        asset.priceUsd() == null ? null : new BigDecimal(asset.priceUsd()),
                        null,
                        volumeOfRank.apply(i + 1),
                        Instant.parse("2026-11-24T12:00:00Z")));
            }
            return entries;
        });
        notifier.publish(complete);
        return complete;
    }

    /** Every asset with a market cap of 1 000 000. */
    public Snapshot publishPrices(List<Priced> assets) {
        return publishPrices(assets, asset -> MARKET_CAP);
    }

    public Snapshot publishPrices(List<Priced> assets, Function<Priced, BigDecimal> marketCap) {
        Snapshot complete = prices(assets, marketCap);
        notifier.publish(complete);
        return complete;
    }

    /** Completes a price snapshot without the Redis notice, as when Redis is down: only a poll finds it. */
    public Snapshot publishPricesQuietly(List<Priced> assets) {
        return prices(assets, asset -> MARKET_CAP);
    }

    private Snapshot prices(List<Priced> assets, Function<Priced, BigDecimal> marketCap) {
        return publish(
                Source.COINMARKETCAP,
                PriceEntry.class,
                id -> assets.stream()
                        .map(asset -> new PriceEntry(
                                id,
                                asset.cmcId(),
                                asset.symbol(),
                                asset.name(),
                                asset.cmcRank(),
                                asset.price() == null ? null : new BigDecimal(asset.price()),
                                marketCap.apply(asset),
                                new BigDecimal("5000"),
                                Instant.parse("2026-11-24T12:00:00Z")))
                        .toList());
    }

    /** Announces a snapshot on Redis again, as a second notice of it would. */
    public void notifyAgain(Snapshot snapshot) {
        notifier.publish(snapshot);
    }

    /** Both collections and the snapshots emptied. */
    public void clear() {
        database.getCollection(SnapshotStore.COLLECTION).deleteMany(new Document());
        for (Source source : Source.values()) {
            database.getCollection(source.collection()).deleteMany(new Document());
        }
    }

    private <T> Snapshot publish(Source source, Class<T> type, Function<String, List<T>> documents) {
        Snapshot snapshot = store.begin(source);
        List<T> entries = documents.apply(snapshot.id());
        if (!entries.isEmpty()) {
            store.documents(source, type).insertMany(entries);
        }
        // Upstream dates its data a little before the run fetched it.
        Snapshot complete = store.complete(
                snapshot.id(), entries.size(), snapshot.startedAt().minus(DATA_LAG));
        return complete;
    }
}
