package com.topcoins.frontapi.cache;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.data.redis.connection.RedisConnection;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.stereotype.Component;

/**
 * Redis in health as what it is here, a cache: unreachable means {@code DEGRADED} (answers come from
 * MongoDB, slower), not {@code DOWN}, so readiness shows it without taking the instance out of
 * service. Replaces Boot's Redis indicator (same bean name).
 */
@Component("redisHealthContributor")
class RedisCacheHealthIndicator extends AbstractHealthIndicator {

    static final Status DEGRADED = new Status("DEGRADED", "Redis unreachable: answering from MongoDB without cache");

    private final RedisConnectionFactory redis;

    RedisCacheHealthIndicator(RedisConnectionFactory redis) {
        super("Redis health check failed");
        this.redis = redis;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        try (RedisConnection connection = redis.getConnection()) {
            builder.up().withDetail("ping", connection.ping());
        } catch (RuntimeException e) {
            builder.status(DEGRADED).withDetail("error", e.getClass().getSimpleName());
        }
    }
}
