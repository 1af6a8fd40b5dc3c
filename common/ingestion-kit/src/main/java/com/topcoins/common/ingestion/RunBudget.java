package com.topcoins.common.ingestion;

import java.util.Optional;

/**
 * Whether an upstream plan's allowance leaves room for a run now. A source whose plan is metered provides one;
 * a deferred run calls no one, records no snapshot and counts as done (the last snapshot stays current), so
 * spending slows down by runs coming less often rather than by hitting the plan's limit.
 */
@FunctionalInterface
public interface RunBudget {

    /** Every run goes ahead. */
    RunBudget UNLIMITED = () -> Optional.empty();

    /** Empty when a run may go ahead now, else why it waits. */
    Optional<String> deferral();
}
