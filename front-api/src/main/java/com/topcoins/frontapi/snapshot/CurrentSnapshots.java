package com.topcoins.frontapi.snapshot;

import com.topcoins.common.snapshot.Snapshot;
import com.topcoins.common.snapshot.SnapshotPublished;
import com.topcoins.common.snapshot.SnapshotStore;
import com.topcoins.common.snapshot.Source;
import com.topcoins.frontapi.ApiProperties;
import com.topcoins.frontapi.problem.DataUnavailableException;
import io.github.resilience4j.bulkhead.BulkheadFullException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.stereotype.Component;

/**
 * The snapshots answers are built from now, kept in memory so a cached answer costs no MongoDB
 * call. Refreshed when an ingestion service announces a snapshot on Redis, and polled as a
 * fallback. Each refresh takes what MongoDB says, both sources in one pass: a snapshot that vanished
 * (a database restored or replaced empty) is dropped, never paired with the other source's next one.
 * If MongoDB is unreachable the last known pair stays, so cached answers keep flowing.
 */
@Component
public class CurrentSnapshots implements InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(CurrentSnapshots.class);

    private final SnapshotStore store;
    private final SnapshotNotificationListener notifications;
    private final TaskScheduler scheduler;
    private final DatabaseBulkhead database;
    private final ApiProperties properties;
    private final ApplicationEventPublisher events;
    /** Both sources' snapshots as one value, so a reader never sees halves of two refreshes. */
    private volatile Held held = new Held(null, null);

    CurrentSnapshots(
            SnapshotStore store,
            SnapshotNotificationListener notifications,
            TaskScheduler scheduler,
            DatabaseBulkhead database,
            ApiProperties properties,
            ApplicationEventPublisher events) {
        this.store = store;
        this.notifications = notifications;
        this.scheduler = scheduler;
        this.database = database;
        this.properties = properties;
        this.events = events;
    }

    @EventListener(ApplicationReadyEvent.class)
    void startPolling() {
        notifications.ensureSubscribed(this::published);
        scheduler.scheduleWithFixedDelay(this::poll, properties.snapshotPollInterval());
    }

    private void poll() {
        notifications.ensureSubscribed(this::published);
        refresh();
    }

    /** A notice of a snapshot already held (the poll was first) costs no MongoDB call. */
    private void published(SnapshotPublished notice) {
        Held current = held;
        if (notice.snapshotId() != null
                && (notice.snapshotId().equals(id(current.ranking()))
                        || notice.snapshotId().equals(id(current.prices())))) {
            log.debug("{} snapshot {} published, already current", notice.source(), notice.snapshotId());
            return;
        }
        log.info(
                "{} snapshot {} published ({} documents, completed {}), refreshing",
                notice.source(),
                notice.snapshotId(),
                notice.count(),
                notice.completedAt());
        refresh();
    }

    @Override
    public void afterPropertiesSet() {
        refresh();
    }

    /**
     * Re-reads the latest complete snapshot of both sources. Serialized, so an older read never
     * replaces a newer one.
     */
    public synchronized void refresh() {
        try {
            Held next = new Held(
                    store.latestComplete(properties.sources().ranking()).orElse(null),
                    store.latestComplete(properties.sources().prices()).orElse(null));
            Held previous = held;
            held = next;
            if (!next.equals(previous) && next.complete()) {
                events.publishEvent(new CurrentSnapshotsChanged(next.pair()));
            }
            if (previous.ranking() != null && next.ranking() == null
                    || previous.prices() != null && next.prices() == null) {
                log.warn(
                        "A current snapshot is gone from MongoDB (ranking {} -> {}, prices {} -> {}); "
                                + "answering 503 until both sources have published again",
                        id(previous.ranking()),
                        id(next.ranking()),
                        id(previous.prices()),
                        id(next.prices()));
            }
        } catch (RuntimeException e) {
            log.warn("Could not refresh current snapshots, keeping the last known ones: {}", e.getMessage());
        }
    }

    /** Both current snapshots, or empty while a source has none. */
    public Optional<SnapshotPair> current() {
        if (!held.complete()) {
            // Until both exist, ask MongoDB directly rather than wait for the next poll, within the bulkhead.
            try {
                database.call(() -> {
                    refresh();
                    return null;
                });
            } catch (BulkheadFullException e) {
                // Enough requests are already asking; this one answers from what is held.
            }
        }
        return held();
    }

    /** Both current snapshots as held now, without asking MongoDB; empty while a source has none. */
    public Optional<SnapshotPair> held() {
        Held current = held;
        return current.complete() ? Optional.of(current.pair()) : Optional.empty();
    }

    /** Both current snapshots, or a 503 with {@code Retry-After} while a source has none yet. */
    public SnapshotPair currentOrUnavailable() {
        return current()
                .orElseThrow(() -> new DataUnavailableException(
                        "No complete snapshot of both sources yet; ingestion is still starting",
                        properties.retryAfter(),
                        null));
    }

    /** The current snapshot of one source, for freshness metrics; empty for a source with no role in answers. */
    public Optional<Snapshot> current(Source source) {
        Held current = held;
        ApiProperties.Sources roles = properties.sources();
        return Optional.ofNullable(
                source == roles.ranking() ? current.ranking() : source == roles.prices() ? current.prices() : null);
    }

    private static String id(Snapshot snapshot) {
        return snapshot == null ? "none" : snapshot.id();
    }

    private record Held(Snapshot ranking, Snapshot prices) {

        boolean complete() {
            return ranking != null && prices != null;
        }

        SnapshotPair pair() {
            return new SnapshotPair(ranking, prices);
        }
    }
}
