package com.topcoins.frontapi.top;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class DisplayFormatTest {

    private final DisplayFormat format = DisplayFormat.INSTANCE;

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                // From $1: five significant digits, at least two decimals, grouped.
                "96276.3056634 | $96,276.31",
                "123456789012.5 | $123,456,789,012.50",
                "3120.5 | $3,120.50",
                "1.0002 | $1.0002",
                "1.00004 | $1.00",
                "21.5 | $21.50",
                "7.25 | $7.25",
                "123.456 | $123.46",
                "9.99996 | $10.00",
                "1E+3 | $1,000.00",
                // Below $1: four significant digits, zeros beyond the second decimal dropped.
                "0.0000123175586045 | $0.00001232",
                "0.000269788 | $0.0002698",
                "0.0025 | $0.0025",
                "0.5 | $0.50",
                "0.00000001234 | $0.00000001234",
                "0.99996 | $1.00",
                "0 | $0.00",
            })
    void prices(String amount, String expected) {
        assertThat(format.price(new BigDecimal(amount))).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "1923456789012 | $1.92 T",
                "45312345678 | $45.3 B",
                "812000000 | $812 M",
                "1000000 | $1.00 M",
                "1900000000000 | $1.90 T",
                "999600000 | $1.00 B",
                "5000 | $5.00 K",
                "1000 | $1.00 K",
                "999.4 | $999",
                "999.6 | $1.00 K",
                "812 | $812",
                "0.4 | $0",
                "1234567000000000 | $1,230 T",
            })
    void compactAmounts(String amount, String expected) {
        assertThat(format.compact(new BigDecimal(amount))).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "1908946318823.1 | $1,908,946,318,823.1",
                "0.000269788 | $0.000269788",
                "1.6E+12 | $1,600,000,000,000"
            })
    void exactAmounts(String amount, String expected) {
        assertThat(format.exact(new BigDecimal(amount))).isEqualTo(expected);
    }

    @ParameterizedTest
    @EnumSource(Unpriced.class)
    void everyReasonIsWorded(Unpriced reason) {
        assertThat(format.reason(reason)).isNotBlank().doesNotContain("_");
        assertThat(format.reasonDetail(reason)).endsWith(".");
    }

    @org.junit.jupiter.api.Test
    void missingValuesAndTimes() {
        assertThat(format.price(null)).isEqualTo("–");
        assertThat(format.compact(null)).isEqualTo("–");
        assertThat(format.exact(null)).isEqualTo("–");
        assertThat(format.plain(null)).isNull();
        assertThat(format.plain(new BigDecimal("2.69788E-4"))).isEqualTo("0.000269788");
        assertThat(format.time(Instant.parse("2026-11-24T12:00:05.123Z"))).isEqualTo("24 Nov 2026, 12:00:05 UTC");
        assertThat(format.time(null)).isEqualTo("an unknown time");
    }
}
