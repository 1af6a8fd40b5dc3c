package com.topcoins.simulator.fault;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Defaults of the injected faults.
 *
 * @param latencyDelay  sleep of a LATENCY fault registered without {@code delayMs}
 * @param timeoutDelay  sleep of a TIMEOUT fault registered without {@code delayMs}; longer than any sane client timeout
 * @param hugeBodyBytes approximate size of a HUGE_BODY answer
 * @param replayAge     age of a REPLAY fault registered without {@code ageSeconds}: older than any sane data-age limit
 */
@ConfigurationProperties("simulator.faults")
public record FaultProperties(
        @DefaultValue("1s") Duration latencyDelay,
        @DefaultValue("30s") Duration timeoutDelay,
        @DefaultValue("50000000") long hugeBodyBytes,
        @DefaultValue("730d") Duration replayAge) {}
