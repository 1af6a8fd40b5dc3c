package com.topcoins.ingest.coinmarketcap;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The even spread of a monthly credit budget, and a month of runs under it. */
class CreditPaceTest {

    private static final Instant DECEMBER = Instant.parse("2026-12-01T00:00:00Z");
    private static final CreditPace PACE = new CreditPace(3100, Duration.ofDays(1)); // 100 a day in December

    @Test
    void theHeadStartLetsTheFirstRunsOfAMonthGoAheadAtOnce() {
        assertThat(PACE.notBefore(DECEMBER, 0, 6)).isEmpty();
        assertThat(PACE.notBefore(DECEMBER, 94, 6)).isEmpty();
    }

    @Test
    void aRunThatWouldOvertakeTheSpreadWaitsUntilItFits() {
        // The head start is 100 credits; the other 3000 accrue over the 31 days, one per 14 min 52.8 s.
        assertThat(PACE.notBefore(DECEMBER, 95, 6)).contains(Instant.parse("2026-12-01T00:14:52.800Z"));
        Instant noon = Instant.parse("2026-12-15T12:00:00Z");
        // By noon of the 15th: 100 + 3000 * 14.5 / 31 = 1503.2 credits.
        assertThat(PACE.notBefore(noon, 1497, 6)).isEmpty();
        assertThat(PACE.notBefore(noon, 1498, 6)).contains(Instant.parse("2026-12-15T12:11:31.200Z"));
    }

    @Test
    void theWholeBudgetIsThereByTheEndOfTheMonthAndNothingBeyondItUntilTheNext() {
        Instant lastHour = Instant.parse("2026-12-31T23:00:00Z");

        assertThat(PACE.notBefore(lastHour, 3089, 6)).isEmpty();
        assertThat(PACE.notBefore(lastHour, 3094, 6)).contains(Instant.parse("2027-01-01T00:00:00Z"));
        assertThat(PACE.notBefore(lastHour, 3095, 6)).contains(Instant.parse("2027-01-01T00:00:00Z"));
    }

    @Test
    void monthsAreCalendarMonthsInUtc() {
        assertThat(CreditPace.monthOf(Instant.parse("2026-11-30T23:59:59Z")).toString())
                .isEqualTo("2026-11");
        assertThat(CreditPace.monthOf(Instant.parse("2026-12-01T00:00:00Z")).toString())
                .isEqualTo("2026-12");
    }

    @Test
    void aScheduleTooCostlyForThePlanRunsLessOftenAndNeverExceedsTheBudget() {
        // Every 5 minutes at 6 credits would be 53 568 credits in December; the budget is 3100.
        Map<LocalDate, Integer> runsPerDay = simulateMonth(Duration.ofMinutes(5), 6);

        int runs = runsPerDay.values().stream().mapToInt(Integer::intValue).sum();
        assertThat(runs * 6).isLessThanOrEqualTo(3100).isGreaterThan(3100 - 6 * 2);
        // Spread over the whole month, its last day included: about 16 runs a day, and the head start's 16 on the
        // first.
        assertThat(runsPerDay).hasSize(31);
        assertThat(runsPerDay.values()).allSatisfy(count -> assertThat(count).isBetween(15, 34));
    }

    @Test
    void aScheduleWithinThePlanIsNeverDeferred() {
        // Every 2 hours at 6 credits: 372 runs, 2232 credits.
        Map<LocalDate, Integer> runsPerDay = simulateMonth(Duration.ofHours(2), 6);

        assertThat(runsPerDay.values().stream().mapToInt(Integer::intValue).sum())
                .isEqualTo(31 * 12);
    }

    /** A run every {@code interval} through December whenever the pace lets it, each costing {@code cost}. */
    private static Map<LocalDate, Integer> simulateMonth(Duration interval, int cost) {
        Map<LocalDate, Integer> runsPerDay = new TreeMap<>();
        long spent = 0;
        for (Instant now = DECEMBER; now.isBefore(Instant.parse("2027-01-01T00:00:00Z")); now = now.plus(interval)) {
            if (PACE.notBefore(now, spent, cost).isEmpty()) {
                spent += cost;
                runsPerDay.merge(LocalDate.ofInstant(now, ZoneOffset.UTC), 1, Integer::sum);
            }
        }
        return runsPerDay;
    }
}
