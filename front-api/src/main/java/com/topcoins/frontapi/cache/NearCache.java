package com.topcoins.frontapi.cache;

import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;
import org.springframework.cache.Cache;
import org.springframework.cache.support.SimpleValueWrapper;

/**
 * A small in-process layer in front of the Redis cache of rendered answers. Measured: a warm-cache
 * {@code limit=200} JSON answer (about 50 KB) fetched from Redis on every request reached a quarter
 * of the server's ceiling, the Redis round trip of the bytes being the cost (docs/benchmarks.md).
 * Keys name immutable snapshots, so a local entry is never stale and needs no invalidation between
 * replicas; Redis stays the shared layer (a replica's miss is another's hit). Bounded by bytes.
 *
 * <p>Redis is reached through a circuit breaker: after failures (down, or hung until the command
 * timeout) it is skipped for a while, then probed, so an outage costs each request nothing instead
 * of a timeout. A Redis failure that gets through still reaches the error handler (a miss). The local
 * layer is filled whatever Redis does, so while Redis is out repeated requests are still hits.
 */
final class NearCache implements Cache {

    private final Cache redis;
    private final CircuitBreaker redisBreaker;
    private final com.github.benmanes.caffeine.cache.Cache<Object, byte[]> local;
    private final LongAdder hits = new LongAdder();
    private final LongAdder misses = new LongAdder();
    private final LongAdder puts = new LongAdder();

    NearCache(Cache redis, CircuitBreaker redisBreaker, long maxBytes) {
        this.redis = redis;
        this.redisBreaker = redisBreaker;
        this.local = Caffeine.newBuilder()
                .maximumWeight(maxBytes)
                .weigher((Object key, byte[] value) -> value.length)
                // Evictions at once, in the caller: with a size of 0 nothing is ever kept, not even briefly.
                .executor(Runnable::run)
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
        ValueWrapper shared = unlessOpen(() -> redis.get(key));
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
        if (value instanceof byte[] bytes) {
            local.put(key, bytes);
        }
        unlessOpen(() -> {
            redis.put(key, value);
            return null;
        });
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

    /** A Redis call through the breaker: null, at no cost, while it is open; a failure is recorded and rethrown. */
    private <T> T unlessOpen(Supplier<T> call) {
        try {
            return redisBreaker.executeSupplier(call);
        } catch (CallNotPermittedException e) {
            return null;
        }
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
