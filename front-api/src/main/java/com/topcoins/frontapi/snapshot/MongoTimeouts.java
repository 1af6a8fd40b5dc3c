package com.topcoins.frontapi.snapshot;

import com.topcoins.frontapi.ApiProperties;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.concurrent.TimeUnit;

/**
 * A request must not hang for the driver's default 30 s when MongoDB is down: it fails fast and the
 * client gets a 503 with Retry-After (cached answers are served meanwhile).
 */
@Configuration(proxyBeanMethods = false)
class MongoTimeouts {

    @Bean
    MongoClientSettingsBuilderCustomizer failFastOnMongoOutage(ApiProperties properties) {
        long millis = properties.mongoTimeout().toMillis();
        return settings -> settings
                .applyToClusterSettings(cluster -> cluster.serverSelectionTimeout(millis, TimeUnit.MILLISECONDS))
                .applyToSocketSettings(socket -> socket.connectTimeout((int) millis, TimeUnit.MILLISECONDS)
                        .readTimeout((int) millis, TimeUnit.MILLISECONDS));
    }
}
