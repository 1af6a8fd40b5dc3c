package com.topcoins.simulator.fault;

import com.topcoins.simulator.upstream.Api;

/**
 * A queued fault as the admin API shows it.
 *
 * @param remaining  requests it still affects (-1: until cleared)
 * @param skip       requests still to let through before it starts
 * @param ageSeconds how far back REPLAY moves the times (0 for the other kinds)
 * @param applied    requests it has affected so far
 */
public record FaultView(
        long id, Api api, FaultKind kind, int remaining, int skip, long delayMs, long ageSeconds, int applied) {}
