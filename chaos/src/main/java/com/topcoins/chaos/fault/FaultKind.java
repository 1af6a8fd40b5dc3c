package com.topcoins.chaos.fault;

import java.util.Locale;

/** The dependency faults of issue #12, in the order the suite runs them (after the front-door attacks). */
public enum FaultKind {
    MONGO_HANG("MongoDB hangs (SIGSTOP)"),
    MONGO_EMPTY("MongoDB restarted empty"),
    REDIS_HANG("Redis hangs (SIGSTOP)"),
    REDIS_KILL("Redis killed and restarted");

    public final String title;

    FaultKind(String title) {
        this.title = title;
    }

    /** The name CHAOS_ONLY takes and raw data files use: mongo-hang, mongo-empty, redis-hang, redis-kill. */
    public String slug() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
