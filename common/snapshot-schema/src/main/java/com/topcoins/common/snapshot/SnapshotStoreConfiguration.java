package com.topcoins.common.snapshot;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The database ({@code spring.mongodb.database}, else the one in the connection string, else
 * {@code topcoins}), its snapshot store and its health check.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MongoTimeoutProperties.class)
public class SnapshotStoreConfiguration {

    static final String DEFAULT_DATABASE = "topcoins";

    @Bean
    MongoDatabase topCoinsDatabase(MongoClient client, MongoConnectionDetails connection, Environment environment) {
        String name = environment.getProperty(
                "spring.mongodb.database",
                connection.getConnectionString().getDatabase() != null
                        ? connection.getConnectionString().getDatabase()
                        : DEFAULT_DATABASE);
        return client.getDatabase(name);
    }

    /**
     * With MongoDB down, an operation fails after {@code topcoins.mongo.timeout} instead of the driver's
     * 30 s; with MongoDB hung, after {@code topcoins.mongo.read-timeout} instead of never (each of them
     * may add up in one operation: a new connection, a reply, the retry of a read, unless
     * {@code operation-timeout} bounds the whole): a run is marked failed, an uncached request gets its
     * 503, and neither holds a thread for long.
     */
    @Bean
    MongoClientSettingsBuilderCustomizer failFastWhenMongoIsDownOrHung(MongoTimeoutProperties properties) {
        long timeout = properties.timeout().toMillis();
        long read = properties.readTimeout().toMillis();
        return settings -> {
            settings.applyToClusterSettings(cluster -> cluster.serverSelectionTimeout(timeout, TimeUnit.MILLISECONDS))
                    .applyToConnectionPoolSettings(pool -> pool.maxWaitTime(timeout, TimeUnit.MILLISECONDS))
                    .applyToSocketSettings(socket -> socket.connectTimeout((int) timeout, TimeUnit.MILLISECONDS)
                            .readTimeout((int) read, TimeUnit.MILLISECONDS));
            if (properties.operationTimeout() != null) {
                settings.timeout(properties.operationTimeout().toMillis(), TimeUnit.MILLISECONDS);
            }
        };
    }

    /** Named to replace Boot's indicator; appears as {@code mongo} in health. */
    @Bean
    MongoPingHealthIndicator mongoHealthContributor(MongoDatabase database) {
        return new MongoPingHealthIndicator(database);
    }

    @Bean
    SnapshotStore snapshotStore(MongoDatabase database) {
        return new SnapshotStore(database, Clock.systemUTC());
    }
}
