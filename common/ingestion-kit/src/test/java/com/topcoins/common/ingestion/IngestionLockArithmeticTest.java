package com.topcoins.common.ingestion;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** How long a run's ShedLock is held at least and at most, from the interval and the lock settings. */
class IngestionLockArithmeticTest {

    @Test
    void unsetAtLeastForIsNinetyPercentOfTheInterval() {
        assertThat(properties(Duration.ofMinutes(5), Duration.ofMinutes(15), null)
                        .lockAtLeastFor())
                .isEqualTo(Duration.ofSeconds(270));
        assertThat(properties(Duration.ofSeconds(2), Duration.ofMinutes(15), null)
                        .lockAtLeastFor())
                .isEqualTo(Duration.ofMillis(1800));
        assertThat(properties(Duration.ofMillis(1), Duration.ofMinutes(15), null)
                        .lockAtLeastFor())
                .as("rounded down to whole nanoseconds")
                .isEqualTo(Duration.ofNanos(900_000));
    }

    @Test
    void aSetAtLeastForIsTakenAsGivenEvenZero() {
        assertThat(properties(Duration.ofMinutes(5), Duration.ofMinutes(15), Duration.ofSeconds(30))
                        .lockAtLeastFor())
                .isEqualTo(Duration.ofSeconds(30));
        assertThat(properties(Duration.ofMinutes(5), Duration.ofMinutes(15), Duration.ZERO)
                        .lockAtLeastFor())
                .isEqualTo(Duration.ZERO);
    }

    @Test
    void atMostForIsTakenWhenNotBelowAtLeastFor() {
        assertThat(properties(Duration.ofMinutes(5), Duration.ofMinutes(15), null)
                        .lockAtMostFor())
                .isEqualTo(Duration.ofMinutes(15));
        assertThat(properties(Duration.ofMinutes(5), Duration.ofMinutes(1), Duration.ofMinutes(1))
                        .lockAtMostFor())
                .as("equal is allowed")
                .isEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void atMostForIsRaisedToAtLeastForWhenBelowIt() {
        // A 30 min interval holds the lock 27 min at least: more than the default 15 min at most.
        IngestionProperties longInterval = properties(Duration.ofMinutes(30), Duration.ofMinutes(15), null);
        assertThat(longInterval.lockAtMostFor()).isEqualTo(Duration.ofMinutes(27));
        assertThat(longInterval.lockAtLeastFor()).isEqualTo(Duration.ofMinutes(27));

        IngestionProperties explicit =
                properties(Duration.ofMinutes(5), Duration.ofSeconds(10), Duration.ofSeconds(40));
        assertThat(explicit.lockAtMostFor()).isEqualTo(Duration.ofSeconds(40));
    }

    @Test
    void atMostForIsNeverBelowAtLeastFor() {
        for (long intervalSeconds : new long[] {0, 1, 59, 600, 3600, 86_400}) {
            for (long atMostSeconds : new long[] {0, 1, 900, 7200}) {
                for (Duration atLeast :
                        new Duration[] {null, Duration.ZERO, Duration.ofSeconds(5), Duration.ofHours(3)}) {
                    IngestionProperties properties =
                            properties(Duration.ofSeconds(intervalSeconds), Duration.ofSeconds(atMostSeconds), atLeast);
                    assertThat(properties.lockAtMostFor())
                            .as("interval %ss, at-most %ss, at-least %s", intervalSeconds, atMostSeconds, atLeast)
                            .isGreaterThanOrEqualTo(properties.lockAtLeastFor());
                }
            }
        }
    }

    @Test
    void theBoundDefaultsLeaveAtLeastForUnsetAndAtMostForFifteenMinutes() {
        IngestionProperties defaults = bind(Map.of());
        assertThat(defaults.interval()).isEqualTo(Duration.ofMinutes(5));
        assertThat(defaults.lock().atLeastFor()).isNull();
        assertThat(defaults.lock().atMostFor()).isEqualTo(Duration.ofMinutes(15));
        assertThat(defaults.lockAtLeastFor()).isEqualTo(Duration.ofSeconds(270));
        assertThat(defaults.lockAtMostFor()).isEqualTo(Duration.ofMinutes(15));

        IngestionProperties configured = bind(Map.of(
                "topcoins.ingest.interval",
                "2s",
                "topcoins.ingest.lock.at-least-for",
                "1900ms",
                "topcoins.ingest.lock.at-most-for",
                "1s"));
        assertThat(configured.lockAtLeastFor()).isEqualTo(Duration.ofMillis(1900));
        assertThat(configured.lockAtMostFor()).isEqualTo(Duration.ofMillis(1900));
    }

    private static IngestionProperties properties(Duration interval, Duration atMostFor, Duration atLeastFor) {
        return new IngestionProperties(
                IngestionProperties.Mode.SCHEDULED,
                500,
                interval,
                Duration.ZERO,
                Duration.ofHours(24),
                0,
                Duration.ofHours(1),
                Duration.ofHours(1),
                new IngestionProperties.Lock(atMostFor, atLeastFor));
    }

    private static IngestionProperties bind(Map<String, String> values) {
        return new Binder(new MapConfigurationPropertySource(values))
                .bindOrCreate("topcoins.ingest", IngestionProperties.class);
    }
}
