package com.topcoins.ingest.coinmarketcap;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param quotes  pricing the ranked assets that the listing leaves unpriced ({@code /v2/cryptocurrency/quotes/latest})
 * @param credits the plan's monthly allowance, which the runs spread over the month
 */
@Validated
@ConfigurationProperties("topcoins.coinmarketcap")
record CoinMarketCapProperties(
        @DefaultValue @Valid Quotes quotes,
        @DefaultValue @Valid Credits credits) {

    /**
     * @param enabled     whether runs ask for quotes at all (false: the listing alone)
     * @param batchSize   symbols per call: a call costs a credit per 100 coins returned, and short URLs stay short
     * @param rankingWait how long a run waits for a first complete ranking when there is none at all (a fresh
     *                    database, both services just started) before it goes on with the listing alone; 0: no wait
     */
    record Quotes(
            @DefaultValue("true") boolean enabled,
            @DefaultValue("100") @Min(1) @Max(100) int batchSize,
            @DefaultValue("2m") @NotNull Duration rankingWait) {}

    /**
     * @param monthlyBudget credits a calendar month (UTC) may spend; the free Basic plan's published allowance
     * @param headStart     the share of the budget this much of the month is worth is there from the month's first
     *                      moment, so its first runs go ahead at once; the rest accrues evenly to the month's end
     */
    record Credits(
            @DefaultValue("10000") @Min(1) int monthlyBudget,
            @DefaultValue("1d") @NotNull Duration headStart) {}
}
