package com.topcoins.frontapi.cache;

import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;

import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Each Redis cache with a {@link NearCache} in front of it, one per cache name. */
final class NearCacheManager implements CacheManager {

    private final CacheManager redis;
    private final long maxBytesPerCache;
    private final Map<String, NearCache> caches = new ConcurrentHashMap<>();

    NearCacheManager(CacheManager redis, long maxBytesPerCache) {
        this.redis = redis;
        this.maxBytesPerCache = maxBytesPerCache;
    }

    @Override
    public Cache getCache(String name) {
        Cache shared = redis.getCache(name);
        return shared == null ? null : caches.computeIfAbsent(name, n -> new NearCache(shared, maxBytesPerCache));
    }

    @Override
    public Collection<String> getCacheNames() {
        return redis.getCacheNames();
    }
}
