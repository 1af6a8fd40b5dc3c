package com.topcoins.ingest.coinmarketcap;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * Spreads a monthly credit budget over the calendar month (UTC, when the free plan resets): a head start's share
 * is there from the month's first moment, the rest accrues evenly until its last, so a month never spends more
 * than the budget and its last day still has credits.
 * A run that would overtake that waits, so a schedule that is too costly for the plan gets slower instead of
 * running into the plan's 429s at the end of the month.
 */
record CreditPace(long monthlyBudget, Duration headStart) {

    /** The month a moment's credits count in. */
    static YearMonth monthOf(Instant moment) {
        return YearMonth.from(moment.atOffset(ZoneOffset.UTC));
    }

    /**
     * @param spent    credits of the month of {@code now} spent so far
     * @param estimate what the next run is expected to cost
     * @return empty when the run fits now, else the first moment it will
     */
    Optional<Instant> notBefore(Instant now, long spent, long estimate) {
        YearMonth month = monthOf(now);
        Instant start = month.atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC);
        Instant end = month.plusMonths(1).atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC);
        long needed = spent + estimate;
        if (needed > monthlyBudget) {
            return Optional.of(end);
        }
        double monthMillis = Duration.between(start, end).toMillis();
        // The head start's share is there from the month's first moment; the rest accrues evenly until its end.
        double headStartShare = Math.min(monthlyBudget, monthlyBudget * headStart.toMillis() / monthMillis);
        if (needed <= headStartShare) {
            return Optional.empty();
        }
        Instant fits = start.plusMillis(
                (long) Math.ceil(monthMillis * (needed - headStartShare) / (monthlyBudget - headStartShare)));
        return fits.isAfter(now) ? Optional.of(fits) : Optional.empty();
    }
}
