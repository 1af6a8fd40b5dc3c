package com.topcoins.chaos.attack;

/** One line of an attack's own table. */
public record Counter(String name, Object value) {}
