package com.topcoins.ingest.coinmarketcap;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.YearMonth;
import java.util.concurrent.atomic.AtomicLong;
import org.bson.Document;

/**
 * The credits CoinMarketCap charged, per calendar month, in MongoDB (collection {@code coinmarketcap_credits},
 * one document per month): shared by replicas and by one-shot runs, and kept across restarts. Each answer's
 * {@code status.credit_count} is added as it arrives, so a run that fails half-way still counts what it spent.
 */
class CreditLedger {

    static final String COLLECTION = "coinmarketcap_credits";

    private final MongoCollection<Document> months;
    private final Clock clock;
    private final MeterRegistry registry;
    /** The month's total as last written or read, for the gauge (which must not query on every scrape). */
    private final AtomicLong monthSpent = new AtomicLong();

    CreditLedger(MongoDatabase database, Clock clock, MeterRegistry registry, long monthlyBudget) {
        this.months = database.getCollection(COLLECTION);
        this.clock = clock;
        this.registry = registry;
        Gauge.builder("topcoins.upstream.credits.month.spent", monthSpent, AtomicLong::get)
                .description("CoinMarketCap credits spent this calendar month (UTC)")
                .tag("source", "coinmarketcap")
                .register(registry);
        Gauge.builder("topcoins.upstream.credits.month.budget", () -> monthlyBudget)
                .description("topcoins.coinmarketcap.credits.monthly-budget")
                .tag("source", "coinmarketcap")
                .register(registry);
    }

    /** What a month has spent, and what its latest whole run cost (null before its first). */
    record Month(long spent, Long lastRun) {}

    /** Adds what one answer of {@code endpoint} cost. */
    void spend(String endpoint, int credits) {
        if (credits <= 0) {
            return;
        }
        Counter.builder("topcoins.upstream.credits")
                .description("Credits CoinMarketCap charged (status.credit_count)")
                .tags("source", "coinmarketcap", "endpoint", endpoint)
                .register(registry)
                .increment(credits);
        Document month = months.findOneAndUpdate(
                Filters.eq("_id", key(CreditPace.monthOf(clock.instant()))),
                Updates.combine(Updates.inc("spent", credits), Updates.inc(endpoint, credits)),
                new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER));
        monthSpent.set(
                month == null ? credits : month.get("spent", Number.class).longValue());
    }

    /** Records what a whole run cost: the estimate of the next. */
    void runCost(int credits) {
        months.updateOne(
                Filters.eq("_id", key(CreditPace.monthOf(clock.instant()))),
                Updates.set("lastRun", credits),
                new UpdateOptions().upsert(true));
    }

    Month current() {
        Document month = months.find(Filters.eq("_id", key(CreditPace.monthOf(clock.instant()))))
                .first();
        if (month == null) {
            monthSpent.set(0);
            return new Month(0, null);
        }
        Number spent = month.get("spent", Number.class);
        Number lastRun = month.get("lastRun", Number.class);
        monthSpent.set(spent == null ? 0 : spent.longValue());
        return new Month(monthSpent.get(), lastRun == null ? null : lastRun.longValue());
    }

    private static String key(YearMonth month) {
        return month.toString();
    }
}
