package com.topcoins.simulator.fault;

import java.time.Duration;

/** The fault chosen for one request. */
public record FaultPlan(FaultKind kind, Duration delay) {}
