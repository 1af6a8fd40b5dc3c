package com.topcoins.simulator.market;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/** Moves the market every {@code simulator.tick-interval}; a zero or negative interval leaves it to the admin API. */
@Component
class MarketTicker implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(MarketTicker.class);

    private final Market market;
    private final MarketProperties properties;
    private ScheduledExecutorService executor;

    MarketTicker(Market market, MarketProperties properties) {
        this.market = market;
        this.properties = properties;
    }

    @Override
    public synchronized void start() {
        long millis = properties.tickInterval().toMillis();
        if (millis <= 0) {
            log.info("Market ticks only on POST /admin/tick (simulator.tick-interval={})", properties.tickInterval());
            return;
        }
        executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "simulator-market-ticker");
            thread.setDaemon(true); // never keep a host test JVM alive
            return thread;
        });
        executor.scheduleAtFixedRate(this::tick, millis, millis, TimeUnit.MILLISECONDS);
    }

    private void tick() {
        try {
            market.tick(1);
        } catch (RuntimeException e) {
            log.error("Market tick failed", e); // keep ticking: an exception would cancel the schedule
        }
    }

    @Override
    public synchronized void stop() {
        if (executor != null) {
            executor.shutdownNow();
            executor = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return executor != null;
    }
}
