package com.topcoins.frontapi.cache;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;

/** Each Redis cache with a {@link NearCache} in front of it, one per cache name; one breaker for Redis. */
final class NearCacheManager implements CacheManager {

    private final CacheManager redis;
    private final CircuitBreaker redisBreaker;
    private final long maxBytesPerCache;
    private final Map<String, NearCache> caches = new ConcurrentHashMap<>();

    NearCacheManager(CacheManager redis, CircuitBreaker redisBreaker, long maxBytesPerCache) {
        this.redis = redis;
        this.redisBreaker = redisBreaker;
        this.maxBytesPerCache = maxBytesPerCache;
    }

    @Override
    public Cache getCache(String name) {
        Cache shared = redis.getCache(name);
        return shared == null
                ? null
                : caches.computeIfAbsent(name, n -> new NearCache(shared, redisBreaker, maxBytesPerCache));
    }

    @Override
    public Collection<String> getCacheNames() {
        return redis.getCacheNames();
    }
}
