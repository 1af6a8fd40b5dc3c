package com.topcoins.chaos.attack;

/** A token bucket: at most {@code perSecond} on average, in bursts of at most {@code burst}. */
final class Pacer {

    private final double perNano;
    private final double burst;
    private double tokens;
    private long last;

    Pacer(double perSecond, double burst, long nowNanos) {
        this.perNano = perSecond / 1e9;
        this.burst = burst;
        this.tokens = burst;
        this.last = nowNanos;
    }

    boolean take(long nowNanos) {
        tokens = Math.min(burst, tokens + (nowNanos - last) * perNano);
        last = nowNanos;
        if (tokens >= 1) {
            tokens -= 1;
            return true;
        }
        return false;
    }
}
