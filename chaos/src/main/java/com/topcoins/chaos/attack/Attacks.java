package com.topcoins.chaos.attack;

import com.topcoins.chaos.Settings;

/** Builds each attack from the run's settings; the attack classes themselves stay package-private. */
public final class Attacks {

    /**
     * Addresses of the spread slowloris: enough that none reaches the front API's per-client connection
     * limit, so what it meets is the limit on all connections and the request-header deadline.
     */
    static final int SPREAD_ADDRESSES = 32;

    private Attacks() {}

    public static Attack create(AttackKind kind, Target target, Settings settings) {
        return switch (kind) {
            case SLOWLORIS ->
                new Slowloris(
                        target,
                        settings.slowlorisConnections(),
                        settings.slowlorisOpensPerSecond(),
                        settings.attackConnectTimeout(),
                        AttackKind.SLOWLORIS);
            case SLOWLORIS_SPREAD ->
                new Slowloris(
                        target.spread(SPREAD_ADDRESSES),
                        settings.slowlorisConnections(),
                        settings.slowlorisOpensPerSecond(),
                        settings.attackConnectTimeout(),
                        AttackKind.SLOWLORIS_SPREAD);
            case GREEDY ->
                new Greedy(
                        target,
                        settings.greedyConnections(),
                        settings.greedyReceiveBuffer(),
                        settings.attackConnectTimeout());
            case MALFORMED -> new MalformedFlood(target, settings.malformedThreads(), settings.malformedTimeout());
            case DISTINCT_WINDOWS ->
                new DistinctWindows(target, settings.windowsThreads(), settings.windowsMax(), settings.normalTimeout());
        };
    }
}
