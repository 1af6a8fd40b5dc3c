package com.topcoins.common.snapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import com.topcoins.testsupport.EmbeddedMongo;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SnapshotStoreTest {

    private static final Duration RETENTION = Duration.ofHours(24);
    private static final Duration STALE = Duration.ofHours(1);

    private static MongoClient client;
    private static MongoDatabase database;
    private final MovableClock clock = new MovableClock(Instant.parse("2026-11-24T12:00:00Z"));
    private SnapshotStore store;

    @BeforeAll
    static void connect() {
        client = MongoClients.create(EmbeddedMongo.uri());
        database = client.getDatabase("snapshot_store_test");
    }

    @AfterAll
    static void close() {
        client.close();
    }

    @BeforeEach
    void emptyDatabase() {
        database.drop();
        store = new SnapshotStore(database, clock);
        store.ensureIndexes();
    }

    @Test
    void writingSnapshotIsNotCurrentUntilComplete() {
        Snapshot writing = store.begin(Source.COINMARKETCAP);

        assertThat(writing.state()).isEqualTo(SnapshotState.WRITING);
        assertThat(store.latestComplete(Source.COINMARKETCAP)).isEmpty();

        clock.advance(Duration.ofSeconds(3));
        Snapshot complete = store.complete(writing.id(), 42, clock.instant());

        assertThat(complete.state()).isEqualTo(SnapshotState.COMPLETE);
        assertThat(complete.count()).isEqualTo(42);
        assertThat(complete.completedAt()).isEqualTo(clock.instant());
        assertThat(store.latestComplete(Source.COINMARKETCAP)).contains(complete);
        assertThat(store.latestComplete(Source.CRYPTOCOMPARE)).isEmpty();
    }

    @Test
    void snapshotsAreStoredInTheDocumentedShape() {
        Snapshot complete = store.begin(Source.CRYPTOCOMPARE);
        clock.advance(Duration.ofSeconds(3));
        store.complete(complete.id(), 7, clock.instant());
        Snapshot failed = store.begin(Source.COINMARKETCAP);
        store.fail(failed.id(), "upstream said no");

        Document stored = database.getCollection(SnapshotStore.COLLECTION)
                .find(Filters.eq("_id", complete.id()))
                .first();
        assertThat(stored)
                .containsEntry("source", "cryptocompare")
                .containsEntry("state", "complete")
                .containsEntry("startedAt", Date.from(clock.instant().minusSeconds(3)))
                .containsEntry("completedAt", Date.from(clock.instant()))
                .containsEntry("count", 7)
                .containsEntry("dataAsOf", Date.from(clock.instant()))
                .doesNotContainKeys("error", "failedAt");
        assertThat(database.getCollection(SnapshotStore.COLLECTION)
                        .find(Filters.eq("_id", failed.id()))
                        .first())
                .containsEntry("source", "coinmarketcap")
                .containsEntry("state", "failed")
                .containsEntry("error", "upstream said no")
                .containsEntry("failedAt", Date.from(clock.instant()))
                .doesNotContainKeys("completedAt", "count", "dataAsOf");
        assertThat(store.find(failed.id()).orElseThrow().failedAt()).isEqualTo(clock.instant());
    }

    @Test
    void purgeKeepsAtMostTheNewestCompleteSnapshotsWhenBoundedByCount() {
        List<Snapshot> complete = new java.util.ArrayList<>();
        for (int i = 0; i < 5; i++) {
            complete.add(completeWithDocuments(Source.CRYPTOCOMPARE));
            clock.advance(Duration.ofMinutes(1));
        }
        Snapshot writing = store.begin(Source.CRYPTOCOMPARE);

        assertThat(store.purge(Source.CRYPTOCOMPARE, RETENTION, 2, STALE)).isEqualTo(3);

        assertThat(ids(Source.CRYPTOCOMPARE))
                .containsExactly(
                        writing.id(), complete.get(4).id(), complete.get(3).id());
        assertThat(database.getCollection(Source.CRYPTOCOMPARE.collection())
                        .countDocuments(Filters.in(
                                "snapshotId",
                                complete.get(0).id(),
                                complete.get(1).id(),
                                complete.get(2).id())))
                .isZero();
    }

    @Test
    void purgeDeletesDocumentsWhoseSnapshotHasNoEntryOnceTheyAreStale() {
        Snapshot kept = complete(Source.CRYPTOCOMPARE);
        String orphanOfAnHourAgo =
                new ObjectId(Date.from(clock.instant().minus(STALE).minusSeconds(1))).toHexString();
        String orphanOfNow = new ObjectId(Date.from(clock.instant().minusSeconds(10))).toHexString();
        var rankings = database.getCollection(Source.CRYPTOCOMPARE.collection());
        for (String id : List.of(kept.id(), orphanOfAnHourAgo, orphanOfNow)) {
            rankings.insertOne(new Document("snapshotId", id).append("rank", 1));
        }

        store.purge(Source.CRYPTOCOMPARE, RETENTION, 0, STALE);

        // The recent one may be a run whose entry another instance is writing: kept until it is stale too.
        assertThat(rankings.distinct("snapshotId", String.class).into(new java.util.ArrayList<>()))
                .containsExactlyInAnyOrder(kept.id(), orphanOfNow);
    }

    @Test
    void failedSnapshotLeavesThePreviousOneCurrent() {
        Snapshot first = complete(Source.CRYPTOCOMPARE);
        Snapshot second = store.begin(Source.CRYPTOCOMPARE);

        store.fail(second.id(), "upstream said no");

        assertThat(store.latestComplete(Source.CRYPTOCOMPARE)).map(Snapshot::id).contains(first.id());
        Snapshot failed = store.find(second.id()).orElseThrow();
        assertThat(failed.state()).isEqualTo(SnapshotState.FAILED);
        assertThat(failed.error()).isEqualTo("upstream said no");
        assertThatThrownBy(() -> store.complete(second.id(), 1, clock.instant()))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void completeAtFindsTheSnapshotThatWasCurrentThen() {
        Snapshot first = complete(Source.COINMARKETCAP);
        Instant between = clock.instant().plusSeconds(30);
        clock.advance(Duration.ofMinutes(1));
        Snapshot second = complete(Source.COINMARKETCAP);

        assertThat(store.completeAt(Source.COINMARKETCAP, between))
                .map(Snapshot::id)
                .contains(first.id());
        assertThat(store.completeAt(Source.COINMARKETCAP, second.completedAt()))
                .map(Snapshot::id)
                .contains(second.id());
        assertThat(store.completeAt(Source.COINMARKETCAP, first.completedAt().minusMillis(1)))
                .isEmpty();
    }

    @Test
    void purgeDropsExpiredAndStaleSnapshotsWithTheirDocumentsButNeverTheCurrentOne() {
        Snapshot expired = completeWithDocuments(Source.CRYPTOCOMPARE);
        Snapshot failed = store.begin(Source.CRYPTOCOMPARE);
        documents(failed.id());
        store.fail(failed.id(), "boom");
        clock.advance(RETENTION.plusHours(1));
        Snapshot recentFailure = store.begin(Source.CRYPTOCOMPARE);
        store.fail(recentFailure.id(), "boom");
        Snapshot current = completeWithDocuments(Source.CRYPTOCOMPARE);
        Snapshot otherSource = store.begin(Source.COINMARKETCAP);

        int purged = store.purge(Source.CRYPTOCOMPARE, RETENTION, 0, STALE);

        assertThat(purged).isEqualTo(2);
        assertThat(ids(Source.CRYPTOCOMPARE)).containsExactlyInAnyOrder(current.id(), recentFailure.id());
        assertThat(rankings(expired.id())).isZero();
        assertThat(rankings(failed.id())).isZero();
        assertThat(rankings(current.id())).isEqualTo(3);
        assertThat(store.find(otherSource.id())).isPresent();
    }

    @Test
    void theOnlyCompleteSnapshotSurvivesRetention() {
        Snapshot only = completeWithDocuments(Source.CRYPTOCOMPARE);
        clock.advance(RETENTION.multipliedBy(3));

        store.purge(Source.CRYPTOCOMPARE, RETENTION, 0, STALE);

        assertThat(store.latestComplete(Source.CRYPTOCOMPARE)).map(Snapshot::id).contains(only.id());
        assertThat(rankings(only.id())).isEqualTo(3);
    }

    @Test
    void completeBetweenListsTheCompleteSnapshotsOfThatSpanOldestFirst() {
        Snapshot before = complete(Source.COINMARKETCAP);
        clock.advance(Duration.ofMinutes(10));
        Instant from = clock.instant();
        Snapshot first = complete(Source.COINMARKETCAP);
        complete(Source.CRYPTOCOMPARE);
        store.begin(Source.COINMARKETCAP);
        clock.advance(Duration.ofMinutes(10));
        Snapshot second = complete(Source.COINMARKETCAP);
        Instant to = clock.instant();
        clock.advance(Duration.ofMinutes(10));
        complete(Source.COINMARKETCAP);

        assertThat(store.completeBetween(Source.COINMARKETCAP, from, to)).containsExactly(first, second);
        assertThat(store.completeBetween(Source.COINMARKETCAP, before.completedAt(), before.completedAt()))
                .containsExactly(before);
    }

    @Test
    void ofAssetsReadsTheGivenAssetsOutOfTheGivenSnapshotsThroughAnIndex() {
        List<String> snapshots = new ArrayList<>();
        for (int run = 0; run < 3; run++) {
            Snapshot snapshot = store.begin(Source.COINMARKETCAP);
            for (long cmcId = 1; cmcId <= 4; cmcId++) {
                database.getCollection(Source.COINMARKETCAP.collection())
                        .insertOne(new Document("snapshotId", snapshot.id())
                                .append("cmcId", cmcId)
                                .append("symbol", "S" + cmcId)
                                .append("priceUsd", run * 10 + cmcId));
            }
            snapshots.add(store.complete(snapshot.id(), 4, clock.instant()).id());
        }

        List<PricePoint> points =
                store.ofAssets(Source.COINMARKETCAP, List.of(2L, 4L), snapshots.subList(1, 3), PricePoint.class);

        assertThat(points)
                .containsExactlyInAnyOrder(
                        new PricePoint(snapshots.get(1), 2, 12),
                        new PricePoint(snapshots.get(1), 4, 14),
                        new PricePoint(snapshots.get(2), 2, 22),
                        new PricePoint(snapshots.get(2), 4, 24));
        assertThat(store.ofAssets(Source.COINMARKETCAP, List.of(), snapshots, PricePoint.class))
                .isEmpty();
        for (Source source : Source.values()) {
            assertThat(database.getCollection(source.collection()).listIndexes().map(index -> index.getString("name")))
                    .contains(source.assetIdField() + "_snapshotId");
        }
    }

    @Test
    void withSymbolFindsTheDocumentsOfOneSnapshotWhoseSymbolEqualsIgnoringCase() {
        Snapshot older = store.begin(Source.CRYPTOCOMPARE);
        Snapshot current = store.begin(Source.CRYPTOCOMPARE);
        var rankings = database.getCollection(Source.CRYPTOCOMPARE.collection());
        List<String> symbols = List.of("CUSDC", "cUSDC", "CUSDCX", "XCUSDC", "USDC", "C.USDC", "C*", "CA");
        for (int rank = 1; rank <= symbols.size(); rank++) {
            rankings.insertOne(new Document("snapshotId", current.id())
                    .append("rank", rank)
                    .append("symbol", symbols.get(rank - 1)));
        }
        rankings.insertOne(
                new Document("snapshotId", older.id()).append("rank", 1).append("symbol", "CUSDC"));

        assertThat(store.withSymbol(current, "cusdc", Ranked.class))
                .containsExactlyInAnyOrder(new Ranked(current.id(), 1, "CUSDC"), new Ranked(current.id(), 2, "cUSDC"));
        // Literally: neither '.' nor '*' is a pattern.
        assertThat(store.withSymbol(current, "C.USDC", Ranked.class))
                .extracting(Ranked::rank)
                .containsExactly(6);
        assertThat(store.withSymbol(current, "C*", Ranked.class))
                .extracting(Ranked::rank)
                .containsExactly(7);
        assertThat(store.withSymbol(current, "NONE", Ranked.class)).isEmpty();
        for (Source source : Source.values()) {
            assertThat(database.getCollection(source.collection()).listIndexes().map(index -> index.getString("name")))
                    .contains("snapshotId_symbol");
        }
    }

    public record Ranked(String snapshotId, int rank, String symbol) {}

    /** A projection view, as readers declare them. */
    public record PricePoint(String snapshotId, long cmcId, long priceUsd) {}

    private Snapshot complete(Source source) {
        return store.complete(store.begin(source).id(), 0, clock.instant());
    }

    private Snapshot completeWithDocuments(Source source) {
        Snapshot snapshot = store.begin(source);
        documents(snapshot.id());
        return store.complete(snapshot.id(), 3, clock.instant());
    }

    private void documents(String snapshotId) {
        database.getCollection(Source.CRYPTOCOMPARE.collection())
                .insertMany(List.of(
                        new Document("snapshotId", snapshotId).append("rank", 1),
                        new Document("snapshotId", snapshotId).append("rank", 2),
                        new Document("snapshotId", snapshotId).append("rank", 3)));
    }

    private long rankings(String snapshotId) {
        return database.getCollection(Source.CRYPTOCOMPARE.collection())
                .countDocuments(Filters.eq("snapshotId", snapshotId));
    }

    private List<String> ids(Source source) {
        return database.getCollection(SnapshotStore.COLLECTION)
                .find(Filters.eq("source", source.id()))
                .sort(Sorts.descending("startedAt"))
                .map(doc -> doc.getString("_id"))
                .into(new ArrayList<>());
    }

    /** A clock tests move by hand. */
    static final class MovableClock extends Clock {

        private Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
