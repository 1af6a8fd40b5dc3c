package com.topcoins.frontapi.snapshot;

import com.topcoins.common.snapshot.NotificationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.listener.ChannelTopic;
import org.springframework.data.redis.listener.RedisMessageListenerContainer;

/**
 * Subscribes to the ingestion services' "snapshot published" channel; a message triggers an
 * immediate refresh, so a new snapshot is served at once. The container resubscribes by itself
 * after a Redis outage; meanwhile polling keeps answers fresh.
 */
@Configuration(proxyBeanMethods = false)
class SnapshotNotificationListener {

    @Bean
    RedisMessageListenerContainer snapshotPublishedListener(RedisConnectionFactory redis,
                                                            NotificationProperties notification,
                                                            CurrentSnapshots snapshots) {
        RedisMessageListenerContainer container = new RedisMessageListenerContainer();
        container.setConnectionFactory(redis);
        container.addMessageListener((message, pattern) -> snapshots.refresh(), new ChannelTopic(notification.channel()));
        return container;
    }
}
