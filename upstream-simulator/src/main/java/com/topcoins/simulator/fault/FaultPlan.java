package com.topcoins.simulator.fault;

import java.time.Duration;

/**
 * The fault chosen for one request.
 *
 * @param age how far back REPLAY moves the times of the answer; zero for every other kind
 */
public record FaultPlan(FaultKind kind, Duration delay, Duration age) {}
