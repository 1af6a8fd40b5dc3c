package com.topcoins.common.snapshot;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

/** The database named in the connection string (default {@code topcoins}) and its snapshot store. */
@Configuration(proxyBeanMethods = false)
public class SnapshotStoreConfiguration {

    static final String DEFAULT_DATABASE = "topcoins";

    @Bean
    MongoDatabase topCoinsDatabase(MongoClient client, MongoConnectionDetails connection) {
        String name = connection.getConnectionString().getDatabase();
        return client.getDatabase(name != null ? name : DEFAULT_DATABASE);
    }

    @Bean
    SnapshotStore snapshotStore(MongoDatabase database) {
        return new SnapshotStore(database, Clock.systemUTC());
    }
}
