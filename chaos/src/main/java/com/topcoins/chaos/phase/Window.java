package com.topcoins.chaos.phase;

/** The three windows of a phase: the normal client alone, with the attack, and alone again. */
public enum Window {
    BEFORE("before"),
    ATTACK("during"),
    AFTER("after");

    public final String label;

    Window(String label) {
        this.label = label;
    }
}
