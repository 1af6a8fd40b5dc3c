package com.topcoins.frontapi.snapshot;

import com.topcoins.common.snapshot.NotificationProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.listener.ChannelTopic;
import org.springframework.data.redis.listener.RedisMessageListenerContainer;
import org.springframework.stereotype.Component;

/**
 * The subscription to the ingestion services' "snapshot published" channel. Redis is optional for
 * this service: if it is unreachable at start-up, subscribing is retried on every poll (which keeps
 * answers fresh meanwhile) instead of failing the start. Once subscribed, the container recovers
 * from Redis outages by itself. It stops and starts with the application context, after and before
 * the Redis connection factory it depends on.
 */
@Component
class SnapshotNotificationListener implements SmartLifecycle, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(SnapshotNotificationListener.class);

    private final RedisMessageListenerContainer container = new RedisMessageListenerContainer();
    private final ChannelTopic channel;
    private Runnable onPublished;
    private boolean running;

    SnapshotNotificationListener(RedisConnectionFactory redis, NotificationProperties notification) {
        this.channel = new ChannelTopic(notification.channel());
        container.setConnectionFactory(redis);
        container.afterPropertiesSet();
    }

    /** Subscribes, unless already subscribed, so that each message runs {@code onPublished}; never throws. */
    synchronized void ensureSubscribed(Runnable onPublished) {
        if (this.onPublished == null) {
            this.onPublished = onPublished;
            container.addMessageListener((message, pattern) -> onPublished.run(), channel);
        }
        if (!running || container.isRunning()) {
            return;
        }
        try {
            container.start();
            log.info("Subscribed to {}", channel.getTopic());
        } catch (RuntimeException e) {
            container.stop();
            log.warn("Cannot subscribe to {} yet ({}); polling meanwhile", channel.getTopic(), e.getMessage());
        }
    }

    @Override
    public synchronized void start() {
        running = true;
        if (onPublished != null) {
            ensureSubscribed(onPublished);
        }
    }

    @Override
    public synchronized void stop() {
        running = false;
        container.stop();
    }

    @Override
    public synchronized boolean isRunning() {
        return running;
    }

    @Override
    public void destroy() throws Exception {
        container.destroy();
    }
}
