package com.topcoins.common.bulkwrite;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param threads    writer threads; 0 means one per available processor
 * @param chunkSize  documents per {@code insertMany}
 */
@Validated
@ConfigurationProperties("topcoins.writer")
public record BulkWriterProperties(
        @DefaultValue("0") @Min(0) @Max(256) int threads,
        @DefaultValue("1000") @Min(1) @Max(100_000) int chunkSize) {

    public int effectiveThreads() {
        return threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
    }
}
