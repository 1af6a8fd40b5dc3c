package com.topcoins.common.ingestion;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;

/**
 * @param mode         {@code scheduled}: run every {@code interval}; {@code once}: run, then exit 0 or 1
 * @param depth        assets fetched per run
 * @param interval     delay between the end of a run and the start of the next
 * @param initialDelay delay before the first scheduled run
 * @param retention    how long complete snapshots stay queryable ({@code ?at=})
 * @param staleAfter   age after which an unfinished or failed snapshot is deleted
 */
@Validated
@ConfigurationProperties("topcoins.ingest")
public record IngestionProperties(
        @DefaultValue("scheduled") @NotNull Mode mode,
        @DefaultValue("500") @Min(1) @Max(5000) int depth,
        @DefaultValue("5m") @NotNull Duration interval,
        @DefaultValue("0s") @NotNull Duration initialDelay,
        @DefaultValue("24h") @NotNull Duration retention,
        @DefaultValue("1h") @NotNull Duration staleAfter) {

    public enum Mode { SCHEDULED, ONCE }
}
