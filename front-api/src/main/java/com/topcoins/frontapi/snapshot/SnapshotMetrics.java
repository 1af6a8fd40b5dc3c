package com.topcoins.frontapi.snapshot;

import com.topcoins.common.snapshot.Snapshot;
import com.topcoins.common.snapshot.Source;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/**
 * {@code topcoins.snapshot.age{source}}: seconds since each source's current snapshot completed (our fetch);
 * {@code topcoins.snapshot.data.age{source}}: seconds since the time upstream gives for that snapshot's data.
 */
@Component
class SnapshotMetrics {

    SnapshotMetrics(MeterRegistry registry, CurrentSnapshots snapshots) {
        for (Source source : Source.values()) {
            age(
                    registry,
                    snapshots,
                    source,
                    "topcoins.snapshot.age",
                    "Age of the snapshot answers are built from",
                    Snapshot::completedAt);
            age(
                    registry,
                    snapshots,
                    source,
                    "topcoins.snapshot.data.age",
                    "Age of the upstream data answers are built from, by upstream's own time",
                    Snapshot::dataAsOf);
        }
    }

    /** The gauge holds the (long-lived) current snapshots, not a lambda, which it would only weakly reference. */
    private static void age(
            MeterRegistry registry,
            CurrentSnapshots snapshots,
            Source source,
            String name,
            String description,
            Function<Snapshot, Instant> since) {
        Clock clock = Clock.systemUTC();
        Gauge.builder(
                        name,
                        snapshots,
                        current -> current.current(source)
                                .map(since)
                                .map(instant -> Duration.between(instant, clock.instant())
                                                .toMillis()
                                        / 1000.0)
                                .orElse(Double.NaN))
                .tag("source", source.id())
                .baseUnit("seconds")
                .description(description)
                .register(registry);
    }
}
