package com.topcoins.frontapi.snapshot;

import com.topcoins.common.snapshot.Source;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import org.springframework.stereotype.Component;

/** {@code topcoins.snapshot.age{source}}: seconds since each source's current snapshot completed. */
@Component
class SnapshotMetrics {

    SnapshotMetrics(MeterRegistry registry, CurrentSnapshots snapshots) {
        Clock clock = Clock.systemUTC();
        for (Source source : Source.values()) {
            Gauge.builder(
                            "topcoins.snapshot.age",
                            snapshots,
                            current -> current.current(source)
                                    .map(snapshot -> (double) Duration.between(snapshot.completedAt(), clock.instant())
                                                    .toMillis()
                                            / 1000)
                                    .orElse(Double.NaN))
                    .tag("source", source.id())
                    .baseUnit("seconds")
                    .description("Age of the snapshot answers are built from")
                    .register(registry);
        }
    }
}
