package com.topcoins.common.ingestion;

import java.time.Duration;

/**
 * The result of one ingestion run. {@code error} is null on success. A run its {@link RunBudget} deferred is a
 * success without a snapshot, {@code deferral} saying why.
 */
public record RunOutcome(
        String snapshotId, boolean success, int count, Duration elapsed, String error, String deferral) {

    public RunOutcome(String snapshotId, boolean success, int count, Duration elapsed, String error) {
        this(snapshotId, success, count, elapsed, error, null);
    }

    static RunOutcome deferred(Duration elapsed, String deferral) {
        return new RunOutcome(null, true, 0, elapsed, null, deferral);
    }

    public boolean deferred() {
        return deferral != null;
    }
}
