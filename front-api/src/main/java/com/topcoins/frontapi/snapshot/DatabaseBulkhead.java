package com.topcoins.frontapi.snapshot;

import com.topcoins.frontapi.ApiProperties;
import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadConfig;
import io.github.resilience4j.bulkhead.BulkheadFullException;
import java.time.Duration;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * The requests that need MongoDB (cache misses, {@code at}, the first snapshots) each take a permit,
 * so with MongoDB slow or hung they hold at most {@code topcoins.api.database-concurrency} of the
 * workers: cached answers, which need none, keep the others. Past the limit a request does not wait,
 * it fails at once with {@link BulkheadFullException} (a 503).
 */
@Component
public class DatabaseBulkhead {

    private final Bulkhead bulkhead;

    DatabaseBulkhead(ApiProperties properties) {
        this.bulkhead = Bulkhead.of(
                "database",
                BulkheadConfig.custom()
                        .maxConcurrentCalls(properties.databaseConcurrency())
                        .maxWaitDuration(Duration.ZERO)
                        .build());
    }

    public <T> T call(Supplier<T> work) {
        return bulkhead.executeSupplier(work);
    }
}
