package com.topcoins.frontapi.top;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class SparklineTest {

    @Test
    void pricesSpanTheWidthAndTheHeightFromLowestToHighest() {
        // The highest at the top (y = margin), the lowest at the bottom (y = height - margin).
        assertThat(Sparkline.points(prices("1", "3", "2"))).isEqualTo("0,30 60,2 120,16");
        assertThat(Sparkline.points(prices("0.00001", "0.00002"))).isEqualTo("0,30 120,2");
    }

    @Test
    void aFlatSeriesIsALineAcrossTheMiddle() {
        assertThat(Sparkline.points(prices("5", "5", "5"))).isEqualTo("0,16 60,16 120,16");
    }

    @Test
    void xStepsEvenlyWithOneDecimalAtMost() {
        assertThat(Sparkline.points(prices("1", "2", "3", "4"))).isEqualTo("0,30 40,20.7 80,11.3 120,2");
    }

    @Test
    void fewerThanTwoPricesDrawNothing() {
        assertThat(Sparkline.of("BTC", List.of())).isEmpty();
        assertThat(Sparkline.of("BTC", prices("81240.17"))).isEmpty();
    }

    @Test
    void itsLabelSaysFromWhatToWhat() {
        assertThat(Sparkline.of("BTC", prices("80100", "79000", "81240.17")))
                .hasValueSatisfying(line ->
                        assertThat(line.label()).isEqualTo("BTC price, last 24 h: from $80,100.00 to $81,240.17"));
    }

    private static List<BigDecimal> prices(String... values) {
        return Arrays.stream(values).map(BigDecimal::new).toList();
    }
}
