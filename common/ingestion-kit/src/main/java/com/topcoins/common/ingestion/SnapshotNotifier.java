package com.topcoins.common.ingestion;

import com.topcoins.common.snapshot.NotificationProperties;
import com.topcoins.common.snapshot.Snapshot;
import com.topcoins.common.snapshot.SnapshotPublished;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
