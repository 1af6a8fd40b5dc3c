package com.topcoins.frontapi.top;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PageViewTest {

    @Test
    void pagingKeepsTheLimitAndStopsAtTheEnds() {
        PageView first = view(1, 100, 500, 500, null);
        assertThat(first.previousStart()).isNull();
        assertThat(first.nextStart()).isEqualTo(101);
        assertThat(first.page(first.nextStart())).isEqualTo("?start=101&limit=100");

        PageView middle = view(51, 100, 500, 500, null);
        assertThat(middle.previousStart()).isEqualTo(1);
        assertThat(middle.nextStart()).isEqualTo(151);

        assertThat(view(401, 100, 500, 500, null).nextStart()).isNull();
        assertThat(view(1, 10, 10, 500, null).nextStart()).isNull();
        // Past the ranking there is nothing next, and no start beyond the maximum is offered.
        assertThat(view(1, 500, 2000, 500, null).nextStart()).isNull();
    }

    @Test
    void linksKeepTheWindowAndAt() {
        PageView live = view(21, 20, 500, 500, null);
        assertThat(live.data("csv")).isEqualTo("/api/v1/top?start=21&limit=20&format=csv");
        assertThat(live.stream()).isEqualTo("/api/v1/top/stream?start=21&limit=20");
        assertThat(live.live()).isTrue();

        PageView then = view(21, 20, 500, 500, Instant.parse("2026-11-24T12:00:00.123Z"));
        assertThat(then.live()).isFalse();
        assertThat(then.data("json"))
                .isEqualTo("/api/v1/top?start=21&limit=20&at=2026-11-24T12:00:00.123Z&format=json");
        assertThat(then.page(1)).isEqualTo("?start=1&limit=20&at=2026-11-24T12:00:00.123Z");
        assertThat(then.livePage()).isEqualTo("?start=21&limit=20");
    }

    @Test
    void limitChoicesStopAtTheMaximumAndIncludeTheCurrentOne() {
        assertThat(view(1, 100, 500, 500, null).limits()).containsExactly(10, 20, 50, 100, 200, 500);
        assertThat(view(1, 7, 500, 150, null).limits()).containsExactly(7, 10, 20, 50, 100);
    }

    @Test
    void sparklinesOnlyForPricedRows() {
        Sparkline line = new Sparkline("0,30 120,2", "BTC");
        PageView view = new PageView(1, 10, 10, 500, null, "r:p", Map.of(1L, line));
        assertThat(view.sparkline(row(1L, "81240.17"))).isEqualTo(line);
        assertThat(view.sparkline(row(2L, "1"))).isNull();
        assertThat(view.sparkline(row(null, null))).isNull();
    }

    private static PageView view(int start, int limit, int total, int maxLimit, Instant at) {
        return new PageView(start, limit, total, maxLimit, at, "r:p", Map.of());
    }

    private static TopRow row(Long cmcId, String price) {
        return new TopRow(
                1,
                "BTC",
                "Bitcoin",
                price == null ? null : new java.math.BigDecimal(price),
                null,
                null,
                null,
                price == null ? Match.NONE : Match.SYMBOL,
                price == null ? Unpriced.NO_LISTING : null,
                "1182",
                cmcId);
    }

    @Test
    void historySamplesEvenlyKeepingTheEnds() {
        List<Integer> all = java.util.stream.IntStream.range(0, 100).boxed().toList();
        List<Integer> sample = PriceHistory.sample(all, 5);
        assertThat(sample).containsExactly(0, 25, 50, 74, 99);
        assertThat(PriceHistory.sample(all.subList(0, 3), 5)).containsExactly(0, 1, 2);
    }
}
