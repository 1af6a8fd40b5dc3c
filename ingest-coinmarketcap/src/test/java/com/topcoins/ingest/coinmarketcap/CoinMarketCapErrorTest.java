package com.topcoins.ingest.coinmarketcap;

import static org.assertj.core.api.Assertions.assertThat;

import com.topcoins.common.upstream.UpstreamException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link CoinMarketCapSource#error}: CoinMarketCap's {@code status.error_code} decides retries before the HTTP status. */
class CoinMarketCapErrorTest {

    @ParameterizedTest
    @CsvSource({"429, 1008", "429, 1011", "200, 1008", "500, 1011"})
    void minuteAndIpRateLimitsAreRetried(int httpStatus, int errorCode) {
        UpstreamException error = CoinMarketCapSource.error(httpStatus, errorCode, "slow down");

        assertThat(error.retryable()).isTrue();
        assertThat(error).hasMessage("CoinMarketCap rate limit: error_code " + errorCode + ", slow down");
    }

    @ParameterizedTest
    @CsvSource({"429, 1009", "429, 1010", "500, 1009", "503, 1010"})
    void dailyAndMonthlyPlanLimitsAreNotRetriedWhateverTheStatus(int httpStatus, int errorCode) {
        UpstreamException error = CoinMarketCapSource.error(httpStatus, errorCode, "plan used up");

        assertThat(error.retryable()).isFalse();
        assertThat(error).hasMessage("CoinMarketCap plan limit reached: error_code " + errorCode + ", plan used up");
    }

    @ParameterizedTest
    @CsvSource({"401, 1001", "401, 1002", "403, 1006", "400, 400", "402, 1003"})
    void keyPlanAndRequestErrorsAreNotRetried(int httpStatus, int errorCode) {
        assertThat(CoinMarketCapSource.error(httpStatus, errorCode, "no").retryable())
                .isFalse();
    }

    @ParameterizedTest
    @CsvSource({"500, 0", "503, 500", "502, 0", "429, 0", "408, 0"})
    void otherCodesFallBackOnTheHttpStatus(int httpStatus, int errorCode) {
        UpstreamException error = CoinMarketCapSource.error(httpStatus, errorCode, "oops");

        assertThat(error.retryable()).isTrue();
        assertThat(error)
                .hasMessage("CoinMarketCap answered HTTP " + httpStatus + ": error_code " + errorCode + ", oops");
    }

    @Test
    void theMessageNamesTheCodeAndTheUpstreamText() {
        assertThat(CoinMarketCapSource.error(401, 1001, "This API Key is invalid."))
                .hasMessage("CoinMarketCap answered HTTP 401: error_code 1001, This API Key is invalid.");
    }
}
