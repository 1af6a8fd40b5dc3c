package com.topcoins.ingest.cryptocompare;

import static org.assertj.core.api.Assertions.assertThat;

import com.topcoins.common.upstream.UpstreamException;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@link CryptoCompareSource#error}: CryptoCompare's error bodies ({@code "Response":"Error"}, usually with HTTP 200):
 * a rate limit (Type 99) is retried unless the day's or the month's calls are used up; anything else is not.
 */
class CryptoCompareErrorTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void aRateLimitIsRetried() {
        UpstreamException error = CryptoCompareSource.error(body("""
                {"Response":"Error","Type":99,"Message":"You are over your rate limit please upgrade your account!"}"""));

        assertThat(error.retryable()).isTrue();
        assertThat(error)
                .hasMessage(
                        "CryptoCompare rate limit: Type 99, You are over your rate limit please upgrade your account!");
    }

    @Test
    void aRateLimitOfTheSecondOrMinuteIsRetried() {
        UpstreamException error = CryptoCompareSource.error(body("""
                {"Response":"Error","Type":99,"Message":"limit","RateLimit":{
                  "calls_made":{"second":21,"minute":301,"day":1000,"month":20000},
                  "max_calls":{"second":20,"minute":300,"day":7500,"month":100000}}}"""));

        assertThat(error.retryable()).isTrue();
    }

    @Test
    void aUsedUpDayIsNotRetried() {
        UpstreamException error = CryptoCompareSource.error(body("""
                {"Response":"Error","Type":99,"Message":"limit","RateLimit":{
                  "calls_made":{"day":7500,"month":20000},"max_calls":{"day":7500,"month":100000}}}"""));

        assertThat(error.retryable()).isFalse();
        assertThat(error).hasMessage("CryptoCompare hourly/daily/monthly limit reached: Type 99, limit");
    }

    @Test
    void aUsedUpHourIsNotRetried() {
        UpstreamException error = CryptoCompareSource.error(body("""
                {"Response":"Error","Type":99,"Message":"limit","RateLimit":{
                  "calls_made":{"minute":12,"hour":3000,"day":4000},"max_calls":{"minute":300,"hour":3000,"day":7500}}}"""));

        assertThat(error.retryable()).isFalse();
    }

    @Test
    void aUsedUpMonthIsNotRetried() {
        UpstreamException error = CryptoCompareSource.error(body("""
                {"Response":"Error","Type":99,"Message":"limit","RateLimit":{
                  "calls_made":{"day":10,"month":100001},"max_calls":{"day":7500,"month":100000}}}"""));

        assertThat(error.retryable()).isFalse();
    }

    @Test
    void rateLimitFiguresThatAreNotNumbersDoNotCountAsUsedUp() {
        UpstreamException error = CryptoCompareSource.error(body("""
                {"Response":"Error","Type":99,"Message":"limit","RateLimit":{
                  "calls_made":{"day":"7500"},"max_calls":{"day":"7500","month":null}}}"""));

        assertThat(error.retryable()).isTrue();
    }

    @Test
    void otherTypesAreNotRetried() {
        UpstreamException keyError = CryptoCompareSource.error(body("""
                {"Response":"Error","Type":1,"Message":"You need a valid auth key or api key to access this endpoint"}"""));
        UpstreamException parameterError = CryptoCompareSource.error(body("""
                {"Response":"Error","Type":2,"Message":"tsym param seems to be missing."}"""));

        assertThat(keyError.retryable()).isFalse();
        assertThat(keyError)
                .hasMessage(
                        "CryptoCompare error: Type 1, You need a valid auth key or api key to access this endpoint");
        assertThat(parameterError.retryable()).isFalse();
    }

    @Test
    void anErrorWithoutTypeOrMessageIsNotRetriedAndSaysSo() {
        UpstreamException error = CryptoCompareSource.error(body("""
                {"Response":"Error"}"""));

        assertThat(error.retryable()).isFalse();
        assertThat(error).hasMessage("CryptoCompare error: Type -1, (no message)");
    }

    private static JsonNode body(String json) {
        return JSON.readTree(json);
    }
}
