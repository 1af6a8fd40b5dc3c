package com.topcoins.chaos.attack;

/** The attacks, in the order the suite runs them. */
public enum AttackKind {
    SLOWLORIS("slowloris"),
    SLOWLORIS_SPREAD("slowloris from 32 addresses"),
    GREEDY("greedy"),
    MALFORMED("malformed flood"),
    DISTINCT_WINDOWS("distinct windows");

    public final String title;

    AttackKind(String title) {
        this.title = title;
    }

    /** A file-name-safe name for raw data files. */
    public String slug() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
