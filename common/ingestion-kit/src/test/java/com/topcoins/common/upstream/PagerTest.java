package com.topcoins.common.upstream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Paging rules on a list of integers served page by page, as an API would. */
class PagerTest {

    private final List<Integer> requestedPages = new ArrayList<>();

    private Pager.PageFetcher<Integer> list(int size, boolean reportsTotal) {
        return (pageIndex, pageSize) -> {
            requestedPages.add(pageIndex);
            int from = Math.min(size, pageIndex * pageSize);
            List<Integer> items = IntStream.range(from, Math.min(size, from + pageSize))
                    .boxed()
                    .toList();
            return new Page<>(items, reportsTotal ? size : null);
        };
    }

    private final Pager<Integer> pager = new Pager<>("test", 100, n -> n);

    @Test
    void stopsAtTheDepthWithinAPage() {
        assertThat(pager.collect(250, list(1000, true))).containsExactlyElementsOf(range(250));
        assertThat(requestedPages).containsExactly(0, 1, 2);
    }

    @Test
    void stopsAtTheReportedTotal() {
        assertThat(pager.collect(500, list(230, true))).containsExactlyElementsOf(range(230));
        assertThat(requestedPages).containsExactly(0, 1, 2);
    }

    @Test
    void stopsAtAShortPageWhenNoTotalIsReported() {
        assertThat(pager.collect(500, list(230, false))).containsExactlyElementsOf(range(230));
        assertThat(requestedPages).containsExactly(0, 1, 2);
    }

    @Test
    void exactMultipleWithoutTotalEndsOnAnEmptyPage() {
        assertThat(pager.collect(500, list(200, false))).containsExactlyElementsOf(range(200));
        assertThat(requestedPages).containsExactly(0, 1, 2);
    }

    @Test
    void shortPageBeforeTheTotalFails() {
        Pager.PageFetcher<Integer> shortSecondPage = (pageIndex, pageSize) -> pageIndex == 1
                ? new Page<>(range(100, 150), 1000)
                : list(1000, true).fetch(pageIndex, pageSize);
        assertThatThrownBy(() -> pager.collect(300, shortSecondPage))
                .isInstanceOf(UpstreamException.class)
                .hasMessageContaining("page 1 is short");
    }

    @Test
    void emptyPageBeforeTheTotalFails() {
        Pager.PageFetcher<Integer> emptySecondPage = (pageIndex, pageSize) ->
                pageIndex == 1 ? new Page<>(List.of(), 1000) : list(1000, true).fetch(pageIndex, pageSize);
        assertThatThrownBy(() -> pager.collect(300, emptySecondPage))
                .isInstanceOf(UpstreamException.class)
                .hasMessageContaining("page 1 is empty");
    }

    @Test
    void idRepeatedAcrossPagesFails() {
        Pager.PageFetcher<Integer> reshuffled = (pageIndex, pageSize) -> pageIndex == 1
                ? new Page<>(range(95, 195), 1000)
                : list(1000, true).fetch(pageIndex, pageSize);
        assertThatThrownBy(() -> pager.collect(300, reshuffled))
                .isInstanceOf(UpstreamException.class)
                .hasMessageContaining("repeats id 95");
    }

    private static List<Integer> range(int size) {
        return range(0, size);
    }

    private static List<Integer> range(int from, int to) {
        return IntStream.range(from, to).boxed().toList();
    }
}
