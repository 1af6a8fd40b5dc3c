package com.topcoins.frontapi;

import com.mongodb.client.MongoDatabase;
import com.topcoins.common.market.PriceEntry;
import com.topcoins.common.market.RankingEntry;
import com.topcoins.common.snapshot.NotificationProperties;
import com.topcoins.common.snapshot.Snapshot;
import com.topcoins.common.snapshot.SnapshotNotifier;
import com.topcoins.common.snapshot.SnapshotStore;
import com.topcoins.common.snapshot.Source;
import org.bson.Document;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.data.redis.core.StringRedisTemplate;
import tools.jackson.databind.json.JsonMapper;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Publishes snapshots the way the ingestion services do (documents, then {@code complete}, then the
 * Redis notification), with contents a test chooses.
 */
@TestConfiguration(proxyBeanMethods = false)
public class SnapshotFixtures {

    private final SnapshotStore store;
    private final MongoDatabase database;
    private final SnapshotNotifier notifier;

    SnapshotFixtures(SnapshotStore store, MongoDatabase database, StringRedisTemplate redis, JsonMapper json,
                     NotificationProperties notification) {
        this.store = store;
        this.database = database;
        this.notifier = new SnapshotNotifier(redis, json, notification);
    }

    public record Ranked(String symbol, String name) {
    }

    public record Priced(long cmcId, String symbol, String name, int cmcRank, String price) {
    }

    public static Ranked ranked(String symbol, String name) {
        return new Ranked(symbol, name);
    }

    public static Priced priced(long cmcId, String symbol, String name, int cmcRank, String price) {
        return new Priced(cmcId, symbol, name, cmcRank, price);
    }

    /** Ranks follow list order from 1; each asset's 24 h volume is 1000 × its reversed rank. */
    public Snapshot publishRanking(List<Ranked> assets) {
        return publish(Source.CRYPTOCOMPARE, RankingEntry.class, id -> {
            List<RankingEntry> entries = new ArrayList<>();
            for (int i = 0; i < assets.size(); i++) {
                Ranked asset = assets.get(i);
                entries.add(new RankingEntry(id, i + 1, "cc-" + (i + 1), asset.symbol(), asset.name(), null, null,
                        BigDecimal.valueOf(1000L * (assets.size() - i)), Instant.parse("2026-11-24T12:00:00Z")));
            }
            return entries;
        });
    }

    public Snapshot publishPrices(List<Priced> assets) {
        return publish(Source.COINMARKETCAP, PriceEntry.class, id -> assets.stream()
                .map(asset -> new PriceEntry(id, asset.cmcId(), asset.symbol(), asset.name(), asset.cmcRank(),
                        asset.price() == null ? null : new BigDecimal(asset.price()), new BigDecimal("1000000"),
                        new BigDecimal("5000"), Instant.parse("2026-11-24T12:00:00Z")))
                .toList());
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
        Snapshot complete = store.complete(snapshot.id(), entries.size());
        notifier.publish(complete);
        return complete;
    }
}
