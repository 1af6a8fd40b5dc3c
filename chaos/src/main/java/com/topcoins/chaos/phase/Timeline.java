package com.topcoins.chaos.phase;

/**
 * A phase's boundaries in {@link System#nanoTime()}: the attack window runs from the attack's start until
 * its sockets are closed, so it includes the heap probe taken while the attack still runs.
 */
public record Timeline(long start, long attackStart, long attackStop, long end) {

    public Window windowOf(long nanos) {
        if (nanos < attackStart) {
            return Window.BEFORE;
        }
        return nanos < attackStop ? Window.ATTACK : Window.AFTER;
    }

    public long from(Window window) {
        return switch (window) {
            case BEFORE -> start;
            case ATTACK -> attackStart;
            case AFTER -> attackStop;
        };
    }

    public long to(Window window) {
        return switch (window) {
            case BEFORE -> attackStart;
            case ATTACK -> attackStop;
            case AFTER -> end;
        };
    }

    public double seconds(Window window) {
        return Math.max(0, to(window) - from(window)) / 1e9;
    }
}
