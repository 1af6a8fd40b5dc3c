package com.topcoins.common.ingestion;

import java.time.Duration;

/** The result of one ingestion run. {@code error} is null on success. */
public record RunOutcome(String snapshotId, boolean success, int count, Duration elapsed, String error) {}
