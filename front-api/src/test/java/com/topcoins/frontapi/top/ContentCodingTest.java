package com.topcoins.frontapi.top;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;

class ContentCodingTest {

    @ParameterizedTest(name = "[{index}] Accept-Encoding: {0} -> gzip {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "gzip | true",
                "GZIP | true",
                "x-gzip | true",
                "gzip, deflate, br | true",
                "br;q=1.0, gzip;q=0.8 | true",
                "gzip;q=0 | false",
                "gzip; q=0.000 | false",
                "identity | false",
                "br, deflate | false",
                "* | true",
                "*;q=0 | false",
                "*, gzip;q=0 | false",
                "gzip;q=0, * | false",
                "gzip;q=nonsense | false",
                "gzipped | false",
            })
    void gzipOnlyWhenTheClientTakesIt(String acceptEncoding, boolean gzip) {
        assertThat(ContentCoding.acceptsGzip(acceptEncoding)).isEqualTo(gzip);
    }

    @ParameterizedTest
    @NullAndEmptySource
    void noHeaderIsNoGzip(String acceptEncoding) {
        assertThat(ContentCoding.acceptsGzip(acceptEncoding)).isFalse();
    }

    @org.junit.jupiter.api.Test
    void aHugeHeaderIsReadOnlyAsFarAsAnyClientWrites() {
        assertThat(ContentCoding.acceptsGzip("br, ".repeat(10_000) + "gzip")).isFalse();
        assertThat(ContentCoding.acceptsGzip("gzip, " + "br, ".repeat(10_000))).isTrue();
    }
}
