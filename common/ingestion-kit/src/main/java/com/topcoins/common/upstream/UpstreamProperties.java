package com.topcoins.common.upstream;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * How an ingestion service reaches its upstream API (timeouts: {@code spring.http.clients.*}).
 *
 * @param baseUrl         scheme and host of the API (or of the simulator)
 * @param apiKey          from the environment; never logged ({@link #toString()} masks it)
 * @param pageSize        items asked for per request
 * @param maxResponseSize a larger body fails the request instead of exhausting the heap. The body is
 *                        parsed into a tree about 4× its size (measured: 16 MB → 69 MB, 32 MB → 138 MB),
 *                        and the containers have 96 MiB of heap; the largest real answer, 5000
 *                        CoinMarketCap listings, is about 5 MB
 */
@Validated
@ConfigurationProperties("topcoins.upstream")
public record UpstreamProperties(
        @NotNull URI baseUrl,
        String apiKey,
        @DefaultValue("100") @Min(1) @Max(5000) int pageSize,
        @DefaultValue("8MB") @NotNull DataSize maxResponseSize,
        @DefaultValue @Valid Retry retry) {

    /**
     * Exponential backoff between attempts; neither API sends {@code Retry-After}.
     *
     * @param maxAttempts    attempts in all, the first one included
     * @param initialBackoff wait before the second attempt
     * @param multiplier     growth of the wait per attempt
     * @param maxBackoff     cap of one wait
     */
    public record Retry(
            @DefaultValue("4") @Min(1) @Max(20) int maxAttempts,
            @DefaultValue("2s") @NotNull Duration initialBackoff,
            @DefaultValue("2.0") @DecimalMin("1.0") double multiplier,
            @DefaultValue("60s") @NotNull Duration maxBackoff) {}

    public boolean hasApiKey() {
        return apiKey != null && !apiKey.isBlank();
    }

    @Override
    public String toString() {
        return "UpstreamProperties[baseUrl=%s, apiKey=%s, pageSize=%d, maxResponseSize=%s, retry=%s]"
                .formatted(baseUrl, hasApiKey() ? "****" : "(none)", pageSize, maxResponseSize, retry);
    }
}
