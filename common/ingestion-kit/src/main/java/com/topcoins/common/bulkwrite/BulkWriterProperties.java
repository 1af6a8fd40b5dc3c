package com.topcoins.common.bulkwrite;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Defaults chosen by measurement (docs/benchmarks.md, 2 cores, in-memory wire server): one thread per
 * processor writes about 1.5x faster than one thread, more threads than processors gain nothing, and
 * chunk sizes 250 to 5000 are within noise of each other; 1000 keeps each message small. Unchunked
 * (one insertMany of everything) is never faster and collapses at 1 000 000 documents.
 *
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
