package com.topcoins.frontapi.cache;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.binder.cache.CacheMeterBinder;

/** The standard {@code cache.*} meters (gets by hit/miss, puts) for a {@link NearCache}, both layers counted as one cache. */
final class NearCacheMetrics extends CacheMeterBinder<NearCache> {

    NearCacheMetrics(NearCache cache, Iterable<Tag> tags) {
        super(cache, cache.getName(), tags);
    }

    @Override
    protected Long size() {
        NearCache cache = getCache();
        return cache == null ? null : cache.localSize();
    }

    @Override
    protected long hitCount() {
        NearCache cache = getCache();
        return cache == null ? 0 : cache.hitCount();
    }

    @Override
    protected Long missCount() {
        NearCache cache = getCache();
        return cache == null ? null : cache.missCount();
    }

    @Override
    protected Long evictionCount() {
        return null;
    }

    @Override
    protected long putCount() {
        NearCache cache = getCache();
        return cache == null ? 0 : cache.putCount();
    }

    @Override
    protected void bindImplementationSpecificMetrics(MeterRegistry registry) {}
}
