package com.topcoins.common.ingestion;

import com.topcoins.common.snapshot.NotificationProperties;
import com.topcoins.common.snapshot.Snapshot;
import com.topcoins.common.snapshot.SnapshotPublished;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.connection.RedisConnection;
import org.springframework.data.redis.core.RedisCallback;
import org.springframework.data.redis.core.StringRedisTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Tells readers at once that a snapshot is complete. Best effort: the snapshot is already current
 * in MongoDB, and readers also poll for it, so a Redis outage only delays freshness.
 */
public class SnapshotNotifier {

    private static final Logger log = LoggerFactory.getLogger(SnapshotNotifier.class);

    private final StringRedisTemplate redis;
    private final JsonMapper json;
    private final String channel;

    public SnapshotNotifier(StringRedisTemplate redis, JsonMapper json, NotificationProperties properties) {
        this.redis = redis;
        this.json = json;
        this.channel = properties.channel();
    }

    /**
     * Opens the connection to Redis on a thread of its own while the run fetches, so that the notice at its end
     * does not also wait for a connection to be set up: a {@code once} run starts without one. Best effort, like
     * the notice: a failure is only logged, and the notice connects again.
     */
    public void connectAhead() {
        Thread thread = new Thread(
                () -> {
                    try {
                        redis.execute((RedisCallback<String>) RedisConnection::ping);
                    } catch (RuntimeException e) {
                        log.debug("Could not connect to Redis ahead of the notice: {}", e.getMessage());
                    }
                },
                "redis-connect-ahead");
        thread.setDaemon(true);
        thread.start();
    }

    public void publish(Snapshot snapshot) {
        try {
            Long receivers = redis.convertAndSend(channel, json.writeValueAsString(SnapshotPublished.of(snapshot)));
            log.info(
                    "Published {} snapshot {} on {} ({} receiver(s))",
                    snapshot.source().id(),
                    snapshot.id(),
                    channel,
                    receivers);
        } catch (RuntimeException e) {
            log.warn(
                    "Could not notify readers of {} snapshot {} (Redis: {}); they will find it by polling",
                    snapshot.source().id(),
                    snapshot.id(),
                    e.getMessage());
        }
    }
}
