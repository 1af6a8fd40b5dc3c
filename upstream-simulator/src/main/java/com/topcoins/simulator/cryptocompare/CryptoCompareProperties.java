package com.topcoins.simulator.cryptocompare;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param apiKeys         keys accepted in {@code authorization: Apikey <key>} or {@code api_key}
 * @param requireKey      reject keyless calls (CryptoCompare now requires a key; it used to allow keyless calls)
 * @param errorsAsHttp401 send auth errors with HTTP 401 instead of the classic HTTP 200 (some current denials do)
 */
@ConfigurationProperties("simulator.cryptocompare")
public record CryptoCompareProperties(
        @DefaultValue("simulator-cc-key") List<String> apiKeys,
        @DefaultValue("true") boolean requireKey,
        @DefaultValue("false") boolean errorsAsHttp401) {}
