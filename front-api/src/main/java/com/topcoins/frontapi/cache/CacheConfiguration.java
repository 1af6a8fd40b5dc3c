package com.topcoins.frontapi.cache;

import com.topcoins.frontapi.ApiProperties;
import com.topcoins.frontapi.top.TopService;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.cache.metrics.CacheMeterBinderProvider;
import org.springframework.cache.CacheManager;
import org.springframework.cache.annotation.CachingConfigurer;
import org.springframework.cache.annotation.EnableCaching;
import org.springframework.cache.interceptor.CacheErrorHandler;
import org.springframework.cache.interceptor.LoggingCacheErrorHandler;
import org.springframework.cache.support.NoOpCacheManager;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.cache.RedisCacheConfiguration;
import org.springframework.data.redis.cache.RedisCacheManager;
import org.springframework.data.redis.cache.RedisCacheWriter;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.serializer.RedisSerializationContext.SerializationPair;
import org.springframework.data.redis.serializer.RedisSerializer;

/**
 * Answers cached in Redis as the bytes sent to clients, behind an in-process layer ({@link NearCache}).
 * Writes are immediate (Spring Data Redis 4 writes asynchronously by default, so a read right after
 * could miss), and a Redis failure is logged and treated as a miss: the answer then comes from the
 * in-process layer or MongoDB; after a few, a circuit breaker skips Redis for a while.
 */
@Configuration(proxyBeanMethods = false)
@EnableCaching
public class CacheConfiguration implements CachingConfigurer {

    public static final String KEY_PREFIX = "topcoins:cache:";

    private static final Logger log = LoggerFactory.getLogger(CacheConfiguration.class);

    /**
     * Our own manager, so Boot's {@code spring.cache.type=none} does not apply (its cache
     * auto-configuration backs off); {@code topcoins.api.cache-enabled=false} turns caching off instead.
     */
    @Bean
    CacheManager cacheManager(RedisConnectionFactory redis, ApiProperties properties, MeterRegistry meters) {
        if (!properties.cacheEnabled()) {
            return new NoOpCacheManager();
        }
        RedisCacheWriter writer = RedisCacheWriter.create(
                redis, config -> config.immediateWrites().collectStatistics());
        RedisCacheConfiguration answers = RedisCacheConfiguration.defaultCacheConfig()
                .entryTtl(properties.cacheTtl())
                .disableCachingNullValues()
                .computePrefixWith(cache -> KEY_PREFIX + cache + ":")
                .serializeValuesWith(SerializationPair.fromSerializer(RedisSerializer.byteArray()));
        // Declared up front so the cache metrics (hits, misses) are registered at start-up.
        RedisCacheManager redisCaches = RedisCacheManager.builder(writer)
                .cacheDefaults(answers)
                .initialCacheNames(Set.of(TopService.CACHE))
                .build();
        redisCaches.afterPropertiesSet();
        return new NearCacheManager(
                redisCaches,
                redisBreaker(properties, meters),
                properties.nearCacheSize().toBytes());
    }

    /**
     * Opens when half of the last Redis calls failed (the command timeout counts as a failure), skips
     * Redis for {@code topcoins.api.redis-skip-for}, then lets a few calls probe it.
     */
    private static CircuitBreaker redisBreaker(ApiProperties properties, MeterRegistry meters) {
        CircuitBreaker breaker = CircuitBreaker.of(
                "redis-cache",
                CircuitBreakerConfig.custom()
                        .slidingWindowSize(10)
                        .minimumNumberOfCalls(5)
                        .failureRateThreshold(50)
                        .waitDurationInOpenState(properties.redisSkipFor())
                        .permittedNumberOfCallsInHalfOpenState(2)
                        .build());
        breaker.getEventPublisher()
                .onStateTransition(event -> log.warn("Redis cache circuit breaker: {}", event.getStateTransition()));
        Gauge.builder(
                        "topcoins.cache.redis.breaker.open",
                        breaker,
                        b -> b.getState() == CircuitBreaker.State.CLOSED ? 0 : 1)
                .description("1 while Redis is skipped (or being probed) after failures, else 0")
                .register(meters);
        return breaker;
    }

    /** The standard cache meters for the near-cache layer (Boot binds Redis caches only). */
    @Bean
    CacheMeterBinderProvider<NearCache> nearCacheMeterBinderProvider() {
        return NearCacheMetrics::new;
    }

    @Override
    public CacheErrorHandler errorHandler() {
        return new LoggingCacheErrorHandler(false);
    }
}
