package com.topcoins.common.ingestion;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import com.topcoins.common.bulkwrite.BulkWriterProperties;
import com.topcoins.common.bulkwrite.ChunkedBulkWriter;
import com.topcoins.common.snapshot.NotificationProperties;
import com.topcoins.common.snapshot.SnapshotNotifier;
import com.topcoins.common.snapshot.SnapshotStore;
import com.topcoins.common.upstream.UpstreamProperties;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.core.StringRedisTemplate;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;

/**
 * Everything both ingestion services share; each service adds only its {@link MarketSource} bean.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({IngestionProperties.class, UpstreamProperties.class, BulkWriterProperties.class,
        NotificationProperties.class})
public class IngestionConfiguration {

    static final String DEFAULT_DATABASE = "topcoins";

    /** The pool must hold at least one connection per writer thread, or chunks queue for connections. */
    @Bean
    MongoClientSettingsBuilderCustomizer writerSizedConnectionPool(BulkWriterProperties writer) {
        return settings -> settings.applyToConnectionPoolSettings(pool -> {
            if (pool.build().getMaxSize() < writer.effectiveThreads()) {
                pool.maxSize(writer.effectiveThreads());
            }
        });
    }

    @Bean
    MongoDatabase topCoinsDatabase(MongoClient client, MongoConnectionDetails connection) {
        String name = connection.getConnectionString().getDatabase();
        return client.getDatabase(name != null ? name : DEFAULT_DATABASE);
    }

    @Bean
    SnapshotStore snapshotStore(MongoDatabase database) {
        SnapshotStore store = new SnapshotStore(database, Clock.systemUTC());
        store.ensureIndexes();
        return store;
    }

    @Bean
    ChunkedBulkWriter chunkedBulkWriter(BulkWriterProperties properties) {
        return new ChunkedBulkWriter(properties);
    }

    @Bean
    SnapshotNotifier snapshotNotifier(StringRedisTemplate redis, JsonMapper json, NotificationProperties properties) {
        return new SnapshotNotifier(redis, json, properties);
    }

    @Bean
    <T> IngestionJob<T> ingestionJob(MarketSource<T> source, SnapshotStore store, ChunkedBulkWriter writer,
                                     SnapshotNotifier notifier, IngestionProperties properties) {
        return new IngestionJob<>(source, store, writer, notifier, properties);
    }

    @Bean
    @ConditionalOnProperty(name = "topcoins.ingest.mode", havingValue = "scheduled", matchIfMissing = true)
    ScheduledIngestion scheduledIngestion(IngestionJob<?> job, IngestionProperties properties) {
        return new ScheduledIngestion(job, properties);
    }

    @Bean
    @ConditionalOnProperty(name = "topcoins.ingest.mode", havingValue = "once")
    OneShotIngestion oneShotIngestion(IngestionJob<?> job) {
        return new OneShotIngestion(job);
    }
}
