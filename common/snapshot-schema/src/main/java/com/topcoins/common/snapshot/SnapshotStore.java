package com.topcoins.common.snapshot;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import java.lang.reflect.RecordComponent;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.bson.codecs.configuration.CodecRegistries;
import org.bson.conversions.Bson;
import org.bson.types.ObjectId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The snapshot protocol of DESIGN.md over the {@code snapshots} collection: a run begins a
 * {@code writing} snapshot, then marks it {@code complete} (only after all its documents are
 * acknowledged) or {@code failed}. Readers only ever see complete snapshots.
 */
public class SnapshotStore {

    public static final String COLLECTION = "snapshots";
    /** The field of every data document that names its snapshot. */
    private static final String SNAPSHOT_ID = "snapshotId";
    /** The ticker of every data document; not unique, and compared ignoring case. */
    private static final String SYMBOL = "symbol";

    private static final Logger log = LoggerFactory.getLogger(SnapshotStore.class);

    private final MongoDatabase database;
    private final MongoCollection<Snapshot> snapshots;
    private final Clock clock;

    public SnapshotStore(MongoDatabase database, Clock clock) {
        this.database = database;
        this.snapshots = database.getCollection(COLLECTION, Snapshot.class)
                .withCodecRegistry(CodecRegistries.fromRegistries(
                        CodecRegistries.fromCodecs(
                                new StoredValueCodec<>(Source.class, Source::id, Source::fromId),
                                new StoredValueCodec<>(
                                        SnapshotState.class, SnapshotState::value, SnapshotState::fromValue)),
                        database.getCodecRegistry()));
        this.clock = clock;
    }

    /** Creates the indexes readers and the protocol rely on; idempotent. */
    public void ensureIndexes() {
        snapshots.createIndex(
                Indexes.compoundIndex(
                        Indexes.ascending("source"), Indexes.ascending("state"), Indexes.descending("completedAt")),
                new IndexOptions().name("source_state_completedAt"));
        for (Source source : Source.values()) {
            database.getCollection(source.collection())
                    .createIndex(
                            Indexes.ascending(SNAPSHOT_ID, source.lookupField()),
                            new IndexOptions().name(SNAPSHOT_ID + "_" + source.lookupField()));
            // An asset's history reads a few documents out of every retained snapshot: by asset first.
            database.getCollection(source.collection())
                    .createIndex(
                            Indexes.ascending(source.assetIdField(), SNAPSHOT_ID),
                            new IndexOptions().name(source.assetIdField() + "_" + SNAPSHOT_ID));
            // A per-asset answer finds its rows by symbol: a case-insensitive regex cannot bound the keys, but it
            // scans only the symbols of one snapshot in the index and fetches just the matches. For prices this is
            // the lookup index above, so creating it again is a no-op.
            database.getCollection(source.collection())
                    .createIndex(
                            Indexes.ascending(SNAPSHOT_ID, SYMBOL),
                            new IndexOptions().name(SNAPSHOT_ID + "_" + SYMBOL));
        }
    }

    /** The data collection of a source, typed to its document record, for a run's bulk insert. */
    public <T> MongoCollection<T> documents(Source source, Class<T> type) {
        return database.getCollection(source.collection(), type);
    }

    /**
     * Ranks {@code start} to {@code start + limit - 1} of a ranking snapshot, in rank order, read as
     * {@code view}: a record whose components name the stored fields it needs, and only those are fetched.
     */
    public <T extends Record> List<T> rankingWindow(Snapshot ranking, int start, int limit, Class<T> view) {
        String snapshotId = ranking.id();
        return documents(ranking.source(), view)
                .find(Filters.and(
                        Filters.eq(SNAPSHOT_ID, snapshotId),
                        Filters.gte("rank", start),
                        Filters.lt("rank", start + limit)))
                .projection(projectionOf(view))
                .sort(Sorts.ascending("rank"))
                .into(new ArrayList<>(limit));
    }

    /** Every document of a snapshot, read as {@code view} (see {@link #rankingWindow}). */
    public <T extends Record> List<T> all(Snapshot snapshot, Class<T> view) {
        return documents(snapshot.source(), view)
                .find(Filters.eq(SNAPSHOT_ID, snapshot.id()))
                .projection(projectionOf(view))
                .into(new ArrayList<>());
    }

    /**
     * The documents of a snapshot whose symbol equals {@code symbol} ignoring case (tickers are not unique, and
     * upstreams differ in case: {@code cUSDC}, {@code CUSDC}), read as {@code view} (see {@link #rankingWindow});
     * in no particular order. The symbol is matched literally, never as a pattern.
     */
    public <T extends Record> List<T> withSymbol(Snapshot snapshot, String symbol, Class<T> view) {
        return documents(snapshot.source(), view)
                .find(Filters.and(
                        Filters.eq(SNAPSHOT_ID, snapshot.id()),
                        Filters.regex(SYMBOL, "^" + Pattern.quote(symbol) + "$", "i")))
                .projection(projectionOf(view))
                .into(new ArrayList<>());
    }

    /**
     * The documents of the given assets (by the source's {@link Source#assetIdField()}) in the given snapshots of
     * that source, read as {@code view} (see {@link #rankingWindow}); in no particular order.
     */
    public <T extends Record> List<T> ofAssets(
            Source source, Collection<?> assetIds, Collection<String> snapshotIds, Class<T> view) {
        if (assetIds.isEmpty() || snapshotIds.isEmpty()) {
            return List.of();
        }
        return documents(source, view)
                .find(Filters.and(Filters.in(source.assetIdField(), assetIds), Filters.in(SNAPSHOT_ID, snapshotIds)))
                .projection(projectionOf(view))
                .into(new ArrayList<>());
    }

    private static Bson projectionOf(Class<? extends Record> view) {
        return Projections.fields(
                Projections.include(Arrays.stream(view.getRecordComponents())
                        .map(RecordComponent::getName)
                        .toList()),
                Projections.excludeId());
    }

    public Snapshot begin(Source source) {
        // The id orders by start time (see purgeOrphans), on the store's clock.
        Snapshot snapshot = new Snapshot(
                new ObjectId(Date.from(clock.instant())).toHexString(),
                source,
                SnapshotState.WRITING,
                clock.instant(),
                null,
                null,
                null,
                null,
                null);
        snapshots.insertOne(snapshot);
        return snapshot;
    }

    /**
     * Marks a writing snapshot complete, with upstream's time for its data (null: unknown). Fails if it
     * is no longer {@code writing} (for instance purged as stale), so a late run can never resurrect it.
     */
    public Snapshot complete(String id, int count, Instant dataAsOf) {
        List<Bson> updates = new ArrayList<>(List.of(
                Updates.set("state", SnapshotState.COMPLETE.value()),
                Updates.set("completedAt", Date.from(clock.instant())),
                Updates.set("count", count)));
        if (dataAsOf != null) {
            updates.add(Updates.set("dataAsOf", Date.from(dataAsOf)));
        }
        long matched = snapshots
                .updateOne(
                        Filters.and(Filters.eq("_id", id), Filters.eq("state", SnapshotState.WRITING.value())),
                        Updates.combine(updates))
                .getMatchedCount();
        if (matched != 1) {
            throw new IllegalStateException("snapshot " + id + " is no longer writing");
        }
        return find(id).orElseThrow();
    }

    public void fail(String id, String reason) {
        snapshots.updateOne(
                Filters.and(Filters.eq("_id", id), Filters.eq("state", SnapshotState.WRITING.value())),
                Updates.combine(
                        Updates.set("state", SnapshotState.FAILED.value()),
                        Updates.set("failedAt", Date.from(clock.instant())),
                        Updates.set("error", reason)));
    }

    public Optional<Snapshot> find(String id) {
        return Optional.ofNullable(snapshots.find(Filters.eq("_id", id)).first());
    }

    /** The snapshot readers must use now: the most recently completed one. */
    public Optional<Snapshot> latestComplete(Source source) {
        return completeMatching(source, null);
    }

    /** The snapshot that was current at {@code at}: the last one completed at or before it. */
    public Optional<Snapshot> completeAt(Source source, Instant at) {
        return completeMatching(source, Filters.lte("completedAt", Date.from(at)));
    }

    /** The complete snapshots of a source completed from {@code from} to {@code to} (both included), oldest first. */
    public List<Snapshot> completeBetween(Source source, Instant from, Instant to) {
        return snapshots
                .find(Filters.and(
                        Filters.eq("source", source.id()),
                        Filters.eq("state", SnapshotState.COMPLETE.value()),
                        Filters.gte("completedAt", Date.from(from)),
                        Filters.lte("completedAt", Date.from(to))))
                .sort(Sorts.ascending("completedAt", "_id"))
                .into(new ArrayList<>());
    }

    /** The snapshot of a source started last, whatever its state. */
    public Optional<Snapshot> latestStarted(Source source) {
        return Optional.ofNullable(snapshots
                .find(Filters.eq("source", source.id()))
                .sort(Sorts.descending("startedAt", "_id"))
                .first());
    }

    /**
     * Deletes, with their documents, the complete snapshots older than {@code retention} or beyond the
     * newest {@code maxComplete} (0: no such bound; never the current one) and the
     * {@code writing}/{@code failed} ones started before {@code staleAfter} ago;
     * then the orphans: documents of a snapshot that has no entry (a run that went on writing into a
     * database restored or replaced under it) and began before {@code staleAfter} ago.
     *
     * @return the number of snapshots deleted
     */
    public int purge(Source source, Duration retention, int maxComplete, Duration staleAfter) {
        Instant now = clock.instant();
        Optional<Snapshot> current = latestComplete(source);
        Bson expiredComplete = Filters.and(
                Filters.eq("state", SnapshotState.COMPLETE.value()),
                Filters.lt("completedAt", Date.from(now.minus(retention))));
        Bson staleUnfinished = Filters.and(
                Filters.in("state", SnapshotState.WRITING.value(), SnapshotState.FAILED.value()),
                Filters.lt("startedAt", Date.from(now.minus(staleAfter))));
        Bson filter = Filters.and(Filters.eq("source", source.id()), Filters.or(expiredComplete, staleUnfinished));
        if (current.isPresent()) {
            filter = Filters.and(filter, Filters.ne("_id", current.get().id()));
        }
        List<String> ids = snapshots.find(filter).map(Snapshot::id).into(new ArrayList<>());
        if (maxComplete > 0) {
            snapshots
                    .find(Filters.and(
                            Filters.eq("source", source.id()), Filters.eq("state", SnapshotState.COMPLETE.value())))
                    .sort(Sorts.descending("completedAt", "_id"))
                    .skip(maxComplete)
                    .projection(Projections.include("_id"))
                    .map(Snapshot::id)
                    .into(new ArrayList<>())
                    .stream()
                    .filter(id -> !ids.contains(id))
                    .forEach(ids::add);
        }
        if (!ids.isEmpty()) {
            // Documents first: a crash in between leaves the snapshot entry, so the next purge retries.
            long documents = database.getCollection(source.collection())
                    .deleteMany(Filters.in(SNAPSHOT_ID, ids))
                    .getDeletedCount();
            snapshots.deleteMany(Filters.in("_id", ids));
            log.info("Purged {} {} snapshot(s) and {} document(s)", ids.size(), source.id(), documents);
        }
        purgeOrphans(source, now.minus(staleAfter));
        return ids.size();
    }

    /**
     * Snapshot ids are ObjectIds, so their hex form orders by creation time: only documents of snapshots
     * begun before {@code before} are candidates, never those of a run whose entry is being written now.
     */
    private void purgeOrphans(Source source, Instant before) {
        List<String> known = snapshots
                .find(Filters.eq("source", source.id()))
                .projection(Projections.include("_id"))
                .map(Snapshot::id)
                .into(new ArrayList<>());
        String oldest = ObjectId.getSmallestWithDate(Date.from(before)).toHexString();
        long orphans = database.getCollection(source.collection())
                .deleteMany(Filters.and(Filters.lt(SNAPSHOT_ID, oldest), Filters.nin(SNAPSHOT_ID, known)))
                .getDeletedCount();
        if (orphans > 0) {
            log.warn("Purged {} {} document(s) of snapshots that have no entry", orphans, source.id());
        }
    }

    private Optional<Snapshot> completeMatching(Source source, Bson extra) {
        Bson filter =
                Filters.and(Filters.eq("source", source.id()), Filters.eq("state", SnapshotState.COMPLETE.value()));
        if (extra != null) {
            filter = Filters.and(filter, extra);
        }
        return Optional.ofNullable(snapshots
                .find(filter)
                .sort(Sorts.descending("completedAt", "_id"))
                .first());
    }
}
