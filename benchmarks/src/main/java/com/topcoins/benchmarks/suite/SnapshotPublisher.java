package com.topcoins.benchmarks.suite;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.topcoins.common.bulkwrite.BulkWriterProperties;
import com.topcoins.common.bulkwrite.ChunkedBulkWriter;
import com.topcoins.common.ingestion.SnapshotNotifier;
import com.topcoins.common.snapshot.NotificationProperties;
import com.topcoins.common.snapshot.Snapshot;
import com.topcoins.common.snapshot.SnapshotStore;
import com.topcoins.common.snapshot.Source;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import org.bson.Document;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Publishes snapshots into a running suite's MongoDB and Redis the way an ingestion run does (SnapshotStore, the
 * chunked writer, SnapshotNotifier), with the rows of the source's current snapshot re-tagged: for the benchmarks
 * that time what a publish sets off in the front API.
 */
public final class SnapshotPublisher implements AutoCloseable {

    private final LettuceConnectionFactory redis;
    private final MongoClient mongo;
    private final ChunkedBulkWriter writer = new ChunkedBulkWriter(new BulkWriterProperties(0, 1000));
    private final SnapshotStore store;
    private final SnapshotNotifier notifier;

    public SnapshotPublisher(String mongoUri, String redisHost, int redisPort) {
        this.redis = new LettuceConnectionFactory(new RedisStandaloneConfiguration(redisHost, redisPort));
        redis.afterPropertiesSet();
        redis.start();
        this.mongo = MongoClients.create(mongoUri);
        this.store = new SnapshotStore(mongo.getDatabase("topcoins"), Clock.systemUTC());
        this.notifier = new SnapshotNotifier(
                new StringRedisTemplate(redis),
                JsonMapper.builder().build(),
                new NotificationProperties("topcoins:snapshot-published"));
        // A scheduled ingestion service publishes on the Redis connection its first run opened; without this
        // the first sample times this JVM's Lettuce start-up and connection (~0.8 s), not the suite.
        try (var connection = redis.getConnection()) {
            connection.ping();
        }
    }

    public SnapshotStore store() {
        return store;
    }

    /** The rows of the source's latest complete snapshot, the ones every publish copies. */
    public <T> List<T> currentRows(Source source, Class<T> type) {
        Snapshot current = store.latestComplete(source)
                .orElseThrow(() -> new IllegalStateException(
                        "no complete " + source.id() + " snapshot yet: is ingestion running?"));
        return store.documents(source, type)
                .find(Filters.eq("snapshotId", current.id()))
                .into(new ArrayList<>());
    }

    /** A new complete snapshot of {@code rows}, each re-tagged with its id by {@code retag}, then its notice. */
    public <T> Snapshot publish(Source source, Class<T> type, List<T> rows, BiFunction<T, String, T> retag) {
        MongoCollection<T> documents = store.documents(source, type);
        Snapshot writing = store.begin(source);
        writer.write(
                documents,
                rows.stream().map(row -> retag.apply(row, writing.id())).toList());
        Snapshot published = store.complete(writing.id(), rows.size(), writing.startedAt());
        notifier.publish(published);
        return published;
    }

    /** Keeps the in-memory database small: a benchmark's snapshot once it is no longer current. */
    public void deleteDocuments(Source source, String snapshotId) {
        store.documents(source, Document.class).deleteMany(Filters.eq("snapshotId", snapshotId));
    }

    @Override
    public void close() {
        writer.close();
        mongo.close();
        redis.destroy();
    }
}
