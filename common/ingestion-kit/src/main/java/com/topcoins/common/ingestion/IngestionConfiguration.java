package com.topcoins.common.ingestion;

import com.mongodb.client.MongoDatabase;
import com.topcoins.common.bulkwrite.BulkWriterProperties;
import com.topcoins.common.bulkwrite.ChunkedBulkWriter;
import com.topcoins.common.snapshot.NotificationProperties;
import com.topcoins.common.snapshot.SnapshotStore;
import com.topcoins.common.snapshot.SnapshotStoreConfiguration;
import com.topcoins.common.upstream.UpstreamProperties;
import java.time.Clock;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.mongo.MongoLockProvider;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Profile;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.scheduling.annotation.EnableScheduling;
import tools.jackson.databind.json.JsonMapper;

/**
 * Everything both ingestion services share; each service adds only its {@link MarketSource} bean.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@Import(SnapshotStoreConfiguration.class)
@EnableConfigurationProperties({
    IngestionProperties.class,
    UpstreamProperties.class,
    BulkWriterProperties.class,
    NotificationProperties.class
})
public class IngestionConfiguration {

    public static final String LOCK_COLLECTION = "shedlock";
    /** Active in mode {@code once} (topcoins.ingest.mode, INGEST_MODE): see ingestion-defaults.yml. */
    static final String ONCE_PROFILE = "once";

    /** The pool must hold at least one connection per writer thread, or chunks queue for connections. */
    @Bean
    MongoClientSettingsBuilderCustomizer writerSizedConnectionPool(BulkWriterProperties writer) {
        return settings -> settings.applyToConnectionPoolSettings(pool -> {
            if (pool.build().getMaxSize() < writer.effectiveThreads()) {
                pool.maxSize(writer.effectiveThreads());
            }
        });
    }

    /** ShedLock's lock store: collection {@code shedlock} of the same database, so no extra infrastructure. */
    @Bean
    LockProvider ingestionLockProvider(MongoDatabase database) {
        return new MongoLockProvider(database.getCollection(LOCK_COLLECTION));
    }

    @Bean
    LockedIngestion lockedIngestion(
            IngestionJob<?> job, LockProvider lockProvider, SnapshotStore store, IngestionProperties properties) {
        return new LockedIngestion(job, lockProvider, store, properties, Clock.systemUTC());
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
    <T> IngestionJob<T> ingestionJob(
            MarketSource<T> source,
            SnapshotStore store,
            ChunkedBulkWriter writer,
            SnapshotNotifier notifier,
            IngestionProperties properties,
            ObjectProvider<RunBudget> budget) {
        return new IngestionJob<>(
                source,
                store,
                writer,
                notifier,
                properties,
                budget.getIfAvailable(() -> RunBudget.UNLIMITED),
                Clock.systemUTC());
    }

    @Bean
    @Profile("!" + ONCE_PROFILE)
    ScheduledIngestion scheduledIngestion(
            LockedIngestion ingestion, IngestionProperties properties, TaskScheduler scheduler) {
        return new ScheduledIngestion(ingestion, properties, scheduler);
    }

    @Bean
    @Profile(ONCE_PROFILE)
    OneShotIngestion oneShotIngestion(LockedIngestion ingestion) {
        return new OneShotIngestion(ingestion);
    }
}
