package com.topcoins.common.upstream;

/**
 * How an API wants its key: the header name and what precedes the key in its value
 * (CoinMarketCap: {@code X-CMC_PRO_API_KEY: <key>}; CryptoCompare: {@code authorization: Apikey <key>}).
 */
public record ApiKeyHeader(String name, String valuePrefix) {

    public String value(String apiKey) {
        return valuePrefix + apiKey;
    }
}
