package com.topcoins.simulator.market;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.springframework.stereotype.Component;

/**
 * The live market: a fixed universe of assets and the current snapshot, replaced atomically on every tick so
 * that readers always see one consistent tick.
 */
@Component
public class Market {

    private final AssetUniverse universe;
    private volatile MarketSnapshot current;

    public Market(MarketProperties properties) {
        this.universe = MarketGenerator.generate(properties.seed(), properties.assets());
        this.current = MarketEvolution.initial(universe, now());
    }

    public AssetUniverse universe() {
        return universe;
    }

    public MarketSnapshot current() {
        return current;
    }

    /** Advances the market; returns the new tick number. */
    public synchronized long tick(int steps) {
        MarketSnapshot snapshot = current;
        Instant now = now();
        for (int i = 0; i < steps; i++) {
            snapshot = MarketEvolution.next(snapshot, now);
        }
        current = snapshot;
        return snapshot.tick();
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }
}
