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
     * @param enabled   whether runs ask for quotes at all (false: the listing alone)
     * @param batchSize symbols per call: a call costs a credit per 100 coins returned, and short URLs stay short
     */
    record Quotes(
            @DefaultValue("true") boolean enabled,
            @DefaultValue("100") @Min(1) @Max(100) int batchSize) {}

    /**
     * @param monthlyBudget credits a calendar month (UTC) may spend; the free Basic plan's published allowance
     * @param headStart     how far ahead of an even spread over the month spending may run, so the first runs of a
     *                      month go ahead at once; a deferred run waits until the spread catches up
     */
    record Credits(
            @DefaultValue("10000") @Min(1) int monthlyBudget,
            @DefaultValue("1d") @NotNull Duration headStart) {}
}
