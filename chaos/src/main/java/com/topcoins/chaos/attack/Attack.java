package com.topcoins.chaos.attack;

/** An attack on the front API, run during a phase's attack window from its own source address. */
public interface Attack {

    AttackKind kind();

    void start();

    /** Stops every thread of the attack and closes all of its sockets before returning. */
    void stop();

    /** Valid once stopped. */
    AttackReport report();

    /** One short line of live counters for the progress output. */
    String progress();
}
