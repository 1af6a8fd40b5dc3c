package com.topcoins.frontapi.snapshot;

import com.topcoins.common.snapshot.Snapshot;
import com.topcoins.common.snapshot.SnapshotStore;
import com.topcoins.common.snapshot.Source;
import com.topcoins.frontapi.ApiProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * The snapshots answers are built from now, kept in memory so a cached answer costs no MongoDB
 * call. Refreshed when an ingestion service announces a snapshot on Redis, and polled as a
 * fallback. If MongoDB is unreachable the last known pair stays, so cached answers keep flowing.
 */
@Component
public class CurrentSnapshots implements InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(CurrentSnapshots.class);

    private final SnapshotStore store;
    private final SnapshotNotificationListener notifications;
    private final TaskScheduler scheduler;
    private final ApiProperties properties;
    private volatile Snapshot ranking;
    private volatile Snapshot prices;

    CurrentSnapshots(SnapshotStore store, SnapshotNotificationListener notifications, TaskScheduler scheduler,
                     ApiProperties properties) {
        this.store = store;
        this.notifications = notifications;
        this.scheduler = scheduler;
        this.properties = properties;
    }

    @EventListener(ApplicationReadyEvent.class)
    void startPolling() {
        notifications.ensureSubscribed(this::refresh);
        scheduler.scheduleWithFixedDelay(this::poll, properties.snapshotPollInterval());
    }

    private void poll() {
        notifications.ensureSubscribed(this::refresh);
        refresh();
    }

    @Override
    public void afterPropertiesSet() {
        refresh();
    }

    /** Re-reads the latest complete snapshot of both sources. */
    public void refresh() {
        try {
            Snapshot newRanking = store.latestComplete(Source.CRYPTOCOMPARE).orElse(null);
            Snapshot newPrices = store.latestComplete(Source.COINMARKETCAP).orElse(null);
            if (newRanking != null) {
                ranking = newRanking;
            }
            if (newPrices != null) {
                prices = newPrices;
            }
        } catch (RuntimeException e) {
            log.warn("Could not refresh current snapshots, keeping the last known ones: {}", e.getMessage());
        }
    }

    /** Both current snapshots, or empty while a source has none yet. */
    public Optional<SnapshotPair> current() {
        if (ranking == null || prices == null) {
            // Until both exist, ask MongoDB directly rather than wait for the next poll.
            refresh();
        }
        Snapshot currentRanking = ranking;
        Snapshot currentPrices = prices;
        if (currentRanking == null || currentPrices == null) {
            return Optional.empty();
        }
        return Optional.of(new SnapshotPair(currentRanking, currentPrices));
    }

    /** The current snapshot of one source, for freshness metrics. */
    public Optional<Snapshot> current(Source source) {
        return Optional.ofNullable(source == Source.CRYPTOCOMPARE ? ranking : prices);
    }
}
