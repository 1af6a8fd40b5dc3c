package com.topcoins.common.snapshot;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

import java.time.Clock;

/**
 * The database ({@code spring.mongodb.database}, else the one in the connection string, else
 * {@code topcoins}), its snapshot store and its health check.
 */
@Configuration(proxyBeanMethods = false)
public class SnapshotStoreConfiguration {

    static final String DEFAULT_DATABASE = "topcoins";

    @Bean
    MongoDatabase topCoinsDatabase(MongoClient client, MongoConnectionDetails connection, Environment environment) {
        String name = environment.getProperty("spring.mongodb.database", connection.getConnectionString().getDatabase() != null
                ? connection.getConnectionString().getDatabase() : DEFAULT_DATABASE);
        return client.getDatabase(name);
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
