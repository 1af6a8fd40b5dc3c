package com.topcoins.chaos;

import java.time.Duration;

/**
 * Every count and duration of a run, declared once here and printed in the report, so a result can always
 * be read next to the load that produced it.
 */
public record Settings(
        boolean quick,
        Duration before,
        Duration attack,
        Duration after,
        int normalRatePerSecond,
        String normalPath,
        Duration normalTimeout,
        int normalPoolMax,
        int recoveryRun,
        Duration gateTimeout,
        Duration probeInterval,
        int slowlorisConnections,
        int slowlorisOpensPerSecond,
        Duration attackConnectTimeout,
        int greedyConnections,
        int greedyReceiveBuffer,
        int malformedThreads,
        Duration malformedTimeout,
        int windowsThreads,
        int windowsMax,
        Duration jcmdTimeout) {

    public static Settings full() {
        return new Settings(
                false,
                Duration.ofSeconds(10),
                Duration.ofSeconds(30),
                Duration.ofSeconds(10),
                10,
                "/?limit=200",
                Duration.ofSeconds(10),
                128,
                5,
                Duration.ofSeconds(20),
                Duration.ofMillis(500),
                2000,
                500,
                Duration.ofSeconds(10),
                64,
                4096,
                4,
                Duration.ofSeconds(5),
                4,
                500,
                Duration.ofSeconds(30));
    }

    /** A smoke run of the suite itself: its numbers are not comparable with a full run's. */
    public static Settings smoke() {
        return new Settings(
                true,
                Duration.ofSeconds(3),
                Duration.ofSeconds(8),
                Duration.ofSeconds(5),
                10,
                "/?limit=200",
                Duration.ofSeconds(10),
                128,
                5,
                Duration.ofSeconds(10),
                Duration.ofMillis(500),
                300,
                500,
                Duration.ofSeconds(10),
                16,
                4096,
                2,
                Duration.ofSeconds(5),
                4,
                500,
                Duration.ofSeconds(30));
    }
}
