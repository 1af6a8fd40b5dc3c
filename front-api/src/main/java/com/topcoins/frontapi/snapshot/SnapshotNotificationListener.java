package com.topcoins.frontapi.snapshot;

import com.topcoins.common.snapshot.NotificationProperties;
import com.topcoins.common.snapshot.SnapshotPublished;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.listener.ChannelTopic;
import org.springframework.data.redis.listener.RedisMessageListenerContainer;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The subscription to the ingestion services' "snapshot published" channel. Redis is optional for
 * this service: if it is unreachable at start-up, subscribing is retried on every poll (which keeps
 * answers fresh meanwhile) instead of failing the start. Once subscribed, the container recovers
 * from Redis outages by itself. It stops and starts with the application context, after and before
 * the Redis connection factory it depends on. A message that is not a {@link SnapshotPublished} is
 * logged and dropped: the poll finds the snapshot anyway.
 */
@Component
class SnapshotNotificationListener implements SmartLifecycle, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(SnapshotNotificationListener.class);

    private final RedisMessageListenerContainer container = new RedisMessageListenerContainer();
    private final ChannelTopic channel;
    private final JsonMapper json;
    private Consumer<SnapshotPublished> onPublished;
    private boolean running;

    SnapshotNotificationListener(RedisConnectionFactory redis, NotificationProperties notification, JsonMapper json) {
        this.channel = new ChannelTopic(notification.channel());
        this.json = json;
        container.setConnectionFactory(redis);
        container.afterPropertiesSet();
    }

    /** Subscribes, unless already subscribed, so that each message runs {@code onPublished}; never throws. */
    synchronized void ensureSubscribed(Consumer<SnapshotPublished> onPublished) {
        if (this.onPublished == null) {
            this.onPublished = onPublished;
            container.addMessageListener((message, pattern) -> read(message.getBody(), onPublished), channel);
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

    private void read(byte[] body, Consumer<SnapshotPublished> onPublished) {
        SnapshotPublished notice;
        try {
            notice = json.readValue(body, SnapshotPublished.class);
        } catch (JacksonException e) {
            log.warn("Ignored a message on {} that is not a snapshot notice: {}", channel.getTopic(), e.getMessage());
            return;
        }
        onPublished.accept(notice);
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
