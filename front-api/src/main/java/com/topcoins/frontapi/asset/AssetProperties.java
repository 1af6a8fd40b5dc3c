package com.topcoins.frontapi.asset;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The per-asset endpoints' knobs ({@code topcoins.assets.*}).
 *
 * @param defaultHistorySpan how far back a history reaches when {@code from} is not given: the default retention
 * @param maxHistorySpan     the longest {@code from}..{@code to} a history may ask for: each point is a snapshot's
 *                           document, so this bounds the documents one request reads (with retention longer than
 *                           the default, many)
 */
@Validated
@ConfigurationProperties("topcoins.assets")
public record AssetProperties(
        @DefaultValue("24h") @NotNull Duration defaultHistorySpan,
        @DefaultValue("7d") @NotNull Duration maxHistorySpan) {

    @AssertTrue(message = "default-history-span must be positive and at most max-history-span")
    boolean isDefaultSpanWithinMax() {
        return defaultHistorySpan == null
                || maxHistorySpan == null
                || !defaultHistorySpan.isNegative()
                        && !defaultHistorySpan.isZero()
                        && defaultHistorySpan.compareTo(maxHistorySpan) <= 0;
    }
}
