package com.topcoins.frontapi;

import com.topcoins.common.snapshot.Source;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * @param maxLimit              largest {@code limit} (and {@code start}): the ingestion depth
 * @param defaultLimit          {@code limit} when none is given
 * @param snapshotPollInterval  how often current snapshots are re-read, in case a Redis notification was missed
 * @param cacheTtl              lifetime of a cached answer; keys name their snapshots, so this only bounds memory: the
 *                              ingestion interval, after which a new snapshot makes a new key anyway
 * @param retryAfter            the {@code Retry-After} of 503 answers
 * @param nearCacheSize         bytes of answers also kept in this process, in front of Redis (0 keeps none)
 * @param cacheEnabled          false serves every request from MongoDB (no Redis cache): for benchmarks of the cache-miss path
 * @param databaseConcurrency   requests that may wait on MongoDB at once; fewer than the server's worker threads, so a
 *                              slow or hung database leaves workers to cached answers (the rest get 503 at once)
 * @param redisSkipFor          after Redis failed (down, or hung until the command timeout), how long the cache skips it
 *                              before probing it again
 * @param busyRetryAfter        the {@code Retry-After} of a 503 because that many requests already wait on MongoDB
 * @param rankingInterval       the ranking source's interval between runs ({@code CC_INTERVAL}): with the next, when
 *                              a new answer can be expected, which a shared cache is told ({@code Cache-Control})
 * @param pricesInterval        the price source's ({@code CMC_INTERVAL})
 * @param sources               which source gives the ranking and which the prices
 */
@Validated
@ConfigurationProperties("topcoins.api")
public record ApiProperties(
        @DefaultValue("500") @Min(1) @Max(5000) int maxLimit,
        @DefaultValue("100") @Min(1) int defaultLimit,
        @DefaultValue("5s") @NotNull Duration snapshotPollInterval,
        @DefaultValue("5m") @NotNull Duration cacheTtl,
        @DefaultValue("30s") @NotNull Duration retryAfter,
        @DefaultValue("16MB") @NotNull DataSize nearCacheSize,
        @DefaultValue("true") boolean cacheEnabled,
        @DefaultValue("8") @Min(1) int databaseConcurrency,
        @DefaultValue("1s") @NotNull Duration busyRetryAfter,
        @DefaultValue("5s") @NotNull Duration redisSkipFor,
        @DefaultValue("5m") @NotNull Duration rankingInterval,
        @DefaultValue("30m") @NotNull Duration pricesInterval,
        @DefaultValue @Valid Sources sources) {

    /**
     * The roles of the sources in an answer: the one whose ranking gives the rows, and the one whose
     * prices are merged into them ({@code topcoins.api.sources.ranking}, {@code .prices}, by source id).
     */
    public record Sources(
            @DefaultValue("cryptocompare") @NotNull Source ranking,
            @DefaultValue("coinmarketcap") @NotNull Source prices) {}
}
