package com.topcoins.ingest.coinmarketcap;

import com.topcoins.common.ingestion.RunBudget;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/** Defers a run that would spend credits faster than {@link CreditPace} allows, by the ledger's count. */
class CreditBudget implements RunBudget {

    private final CreditLedger ledger;
    private final CreditPace pace;
    private final Clock clock;

    CreditBudget(CreditLedger ledger, CreditPace pace, Clock clock) {
        this.ledger = ledger;
        this.pace = pace;
        this.clock = clock;
    }

    @Override
    public Optional<String> deferral() {
        Instant now = clock.instant();
        CreditLedger.Month month = ledger.current();
        // Before a month's first whole run, the cheapest possible one: the head start covers it.
        long estimate = month.lastRun() == null ? 1 : month.lastRun();
        return pace.notBefore(now, month.spent(), estimate)
                .map(notBefore -> "%d of %d credits of %s spent and a run costs about %d: next run from %s"
                        .formatted(month.spent(), pace.monthlyBudget(), CreditPace.monthOf(now), estimate, notBefore));
    }
}
