package com.topcoins.common.upstream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which upstream failures the retry policy tries again: the ones another attempt can cure. */
class UpstreamErrorClassificationTest {

    @ParameterizedTest
    @ValueSource(ints = {408, 429, 500, 502, 503, 504, 599})
    void timeoutsRateLimitsAndServerErrorsAreRetried(int status) {
        UpstreamException error = UpstreamException.forStatus("Api", status, "detail");

        assertThat(error.retryable()).isTrue();
        assertThat(error).hasMessage("Api answered HTTP " + status + ": detail");
    }

    @ParameterizedTest
    @ValueSource(ints = {400, 401, 402, 403, 404, 405, 409, 410, 413, 422, 451, 499, 200, 204, 301, 304})
    void clientErrorsAndStatusesThatAreNoErrorAreNotRetried(int status) {
        UpstreamException error = UpstreamException.forStatus("Api", status, "detail");

        assertThat(error.retryable()).isFalse();
        assertThat(error).hasMessage("Api answered HTTP " + status + ": detail");
    }

    @Test
    void aStatusErrorHasNoCause() {
        assertThat(UpstreamException.forStatus("Api", 503, "down")).hasNoCause();
    }

    @Test
    void anInconsistentListIsNotRetried() {
        Pager<Integer> pager = new Pager<>("Api", 10, n -> n);

        Pager.PageFetcher<Integer> empty = (pageIndex, pageSize) -> new Page<>(List.of(), 100);
        Pager.PageFetcher<Integer> shortPage = (pageIndex, pageSize) -> new Page<>(range(pageIndex * pageSize, 5), 100);
        Pager.PageFetcher<Integer> repeats = (pageIndex, pageSize) -> new Page<>(range(0, pageSize), 100);

        for (Pager.PageFetcher<Integer> fetcher : List.of(empty, shortPage, repeats)) {
            assertThatThrownBy(() -> pager.collect(30, fetcher))
                    .isInstanceOfSatisfying(
                            UpstreamException.class,
                            e -> assertThat(e.retryable()).as(e.getMessage()).isFalse());
        }
    }

    private static List<Integer> range(int from, int count) {
        return IntStream.range(from, from + count).boxed().toList();
    }
}
