package com.topcoins.chaos.attack;

/**
 * One malformed request, sent as raw bytes so nothing between the suite and the socket corrects it.
 *
 * @param marker when not null, the flood counts the answers whose body contains it
 */
record BadInput(String name, byte[] request, String marker) {}
