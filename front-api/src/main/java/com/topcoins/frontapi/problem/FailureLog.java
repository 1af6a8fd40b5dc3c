package com.topcoins.frontapi.problem;

import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Failures that can repeat on every request: each counts in {@code topcoins.api.failures{kind,exception}},
 * but at most one log line per kind and interval, one line each (no stack trace), with the number left
 * out since the last. A client repeating a request that fails must not be able to fill the disk.
 */
@Component
class FailureLog {

    static final String METER = "topcoins.api.failures";
    private static final Logger log = LoggerFactory.getLogger(FailureLog.class);
    private static final Duration INTERVAL = Duration.ofSeconds(10);

    private final MeterRegistry meters;
    private final Kind unexpected = new Kind("unexpected");
    private final Kind database = new Kind("database-unavailable");

    FailureLog(MeterRegistry meters) {
        this.meters = meters;
    }

    /** A bug or an unforeseen input: a 500. */
    void unexpected(Throwable failure, String method, String path) {
        count(unexpected, failure);
        if (unexpected.mayLog()) {
            log.error(
                    "Unexpected {} answering {} {}: {} ({} more since the last report)",
                    failure.getClass().getName(),
                    method,
                    abbreviate(path),
                    abbreviate(String.valueOf(failure.getMessage())),
                    unexpected.skipped());
        }
    }

    /** MongoDB out of reach for an uncached answer: a 503. */
    void databaseUnavailable(Throwable failure) {
        count(database, failure);
        if (database.mayLog()) {
            log.warn(
                    "MongoDB unavailable for an uncached answer: {} ({} more since the last report)",
                    abbreviate(String.valueOf(failure.getMessage())),
                    database.skipped());
        }
    }

    private void count(Kind kind, Throwable failure) {
        Counter.builder(METER)
                .tag("kind", kind.name)
                .tag("exception", failure.getClass().getSimpleName())
                .description("Requests answered with an error the service, not the client, caused")
                .register(meters)
                .increment();
    }

    /** User input (paths, messages quoting it) is cut short and kept on one line. */
    private static String abbreviate(String text) {
        String line = text.replaceAll("[\\r\\n]+", " ");
        return line.length() <= 200 ? line : line.substring(0, 200) + "…";
    }

    private static final class Kind {

        private final String name;
        private final RateLimiter lines;
        private final AtomicLong skipped = new AtomicLong();

        Kind(String name) {
            this.name = name;
            this.lines = RateLimiter.of(
                    "log-" + name,
                    RateLimiterConfig.custom()
                            .limitForPeriod(1)
                            .limitRefreshPeriod(INTERVAL)
                            .timeoutDuration(Duration.ZERO)
                            .build());
        }

        boolean mayLog() {
            if (lines.acquirePermission()) {
                return true;
            }
            skipped.incrementAndGet();
            return false;
        }

        /** Occurrences not logged since the last line, and starts counting anew. */
        long skipped() {
            return skipped.getAndSet(0);
        }
    }
}
