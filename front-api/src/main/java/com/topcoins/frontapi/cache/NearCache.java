package com.topcoins.frontapi.cache;

import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.cache.Cache;
import org.springframework.cache.support.SimpleValueWrapper;

import java.util.concurrent.Callable;
import java.util.concurrent.atomic.LongAdder;

/**
 * A small in-process layer in front of the Redis cache of rendered answers. Measured: a warm-cache
 * {@code limit=200} JSON answer (about 50 KB) fetched from Redis on every request reached a quarter
 * of the server's ceiling, the Redis round trip of the bytes being the cost (docs/benchmarks.md).
 * Keys name immutable snapshots, so a local entry is never stale and needs no invalidation between
 * replicas; Redis stays the shared layer (a replica's miss is another's hit) and the fallback.
 * Bounded by bytes; a Redis failure still reaches the error handler (treated as a miss).
 */
final class NearCache implements Cache {

    private final Cache redis;
    private final com.github.benmanes.caffeine.cache.Cache<Object, byte[]> local;
    private final LongAdder hits = new LongAdder();
    private final LongAdder misses = new LongAdder();
    private final LongAdder puts = new LongAdder();

    NearCache(Cache redis, long maxBytes) {
        this.redis = redis;
        this.local = Caffeine.newBuilder()
                .maximumWeight(maxBytes)
                .weigher((Object key, byte[] value) -> value.length)
                .build();
    }

    @Override
    public String getName() {
        return redis.getName();
    }

    @Override
    public Object getNativeCache() {
        return redis.getNativeCache();
    }

    @Override
    public ValueWrapper get(Object key) {
        byte[] value = local.getIfPresent(key);
        if (value != null) {
            hits.increment();
            return new SimpleValueWrapper(value);
        }
        ValueWrapper shared = redis.get(key);
        if (shared != null && shared.get() instanceof byte[] bytes) {
            local.put(key, bytes);
            hits.increment();
        } else {
            misses.increment();
        }
        return shared;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T get(Object key, Class<T> type) {
        ValueWrapper wrapper = get(key);
        return wrapper == null ? null : (T) wrapper.get();
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T get(Object key, Callable<T> valueLoader) {
        ValueWrapper wrapper = get(key);
        if (wrapper != null) {
            return (T) wrapper.get();
        }
        try {
            T value = valueLoader.call();
            put(key, value);
            return value;
        } catch (Exception e) {
            throw new ValueRetrievalException(key, valueLoader, e);
        }
    }

    @Override
    public void put(Object key, Object value) {
        puts.increment();
        // Redis first: if it fails (down), nothing is kept here either, so an outage is served from
        // MongoDB as before and this layer only ever mirrors what Redis acknowledged.
        redis.put(key, value);
        if (value instanceof byte[] bytes) {
            local.put(key, bytes);
        }
    }

    @Override
    public void evict(Object key) {
        local.invalidate(key);
        redis.evict(key);
    }

    @Override
    public void clear() {
        local.invalidateAll();
        redis.clear();
    }

    long hitCount() {
        return hits.sum();
    }

    long missCount() {
        return misses.sum();
    }

    long putCount() {
        return puts.sum();
    }

    long localSize() {
        return local.estimatedSize();
    }
}
