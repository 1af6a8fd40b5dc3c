package com.topcoins.chaos.attack;

import com.topcoins.chaos.Settings;

/** Builds each attack from the run's settings; the attack classes themselves stay package-private. */
public final class Attacks {

    private Attacks() {
    }

    public static Attack create(AttackKind kind, Target target, Settings settings) {
        return switch (kind) {
            case SLOWLORIS -> new Slowloris(target, settings.slowlorisConnections(), settings.slowlorisOpensPerSecond(),
                    settings.attackConnectTimeout());
            case GREEDY -> new Greedy(target, settings.greedyConnections(), settings.greedyReceiveBuffer(),
                    settings.attackConnectTimeout());
            case MALFORMED -> new MalformedFlood(target, settings.malformedThreads(), settings.malformedTimeout());
            case DISTINCT_WINDOWS -> new DistinctWindows(target, settings.windowsThreads(), settings.windowsMax(),
                    settings.normalTimeout());
        };
    }
}
