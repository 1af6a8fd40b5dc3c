package com.topcoins.simulator.coinmarketcap;

import com.topcoins.simulator.stats.RequestStats;
import com.topcoins.simulator.upstream.Api;
import org.springframework.stereotype.Component;

/**
 * Charges the credits of successful CoinMarketCap answers to {@link RequestStats} and enforces the optional
 * daily/monthly caps. Both caps count the same credits (since start or the last reset of the stats).
 */
@Component
class CreditMeter {

    private final RequestStats stats;
    private final CoinMarketCapProperties properties;

    CreditMeter(RequestStats stats, CoinMarketCapProperties properties) {
        this.stats = stats;
        this.properties = properties;
    }

    /** One credit per {@code batch} items (rounded up, at least one), plus one per conversion beyond the first. */
    static int credits(int items, int batch, int conversions) {
        return Math.max(1, (items + batch - 1) / batch) + conversions - 1;
    }

    /** Charges {@code credits}, or throws 1009/1010 when they would exceed a cap (a refused call costs nothing). */
    synchronized void charge(int credits) {
        long total = stats.credits(Api.COINMARKETCAP) + credits;
        if (exceeds(properties.creditLimitDaily(), total)) {
            throw CmcError.DAILY_RATE_LIMIT;
        }
        if (exceeds(properties.creditLimitMonthly(), total)) {
            throw CmcError.MONTHLY_RATE_LIMIT;
        }
        stats.recordCredits(Api.COINMARKETCAP, credits);
    }

    private static boolean exceeds(long cap, long total) {
        return cap > 0 && total > cap;
    }
}
