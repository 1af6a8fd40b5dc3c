package com.topcoins.frontapi.top;

import static org.assertj.core.api.Assertions.assertThat;

import com.topcoins.common.snapshot.Snapshot;
import com.topcoins.common.snapshot.SnapshotState;
import com.topcoins.common.snapshot.Source;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * {@link TopService#expectedRows}: how many rows a window of a complete ranking snapshot must have, so that
 * fewer found in the database is a 503 and a window past the end is a short (or empty) 200.
 */
class ExpectedRowsTest {

    @Test
    void aWindowInsideTheSnapshotHasItsWholeLimit() {
        assertThat(TopService.expectedRows(ranking(500), 1, 100)).isEqualTo(100);
        assertThat(TopService.expectedRows(ranking(500), 401, 100))
                .as("ending on the last rank")
                .isEqualTo(100);
        assertThat(TopService.expectedRows(ranking(500), 1, 500)).isEqualTo(500);
    }

    @Test
    void aWindowOverTheEndHasTheRanksUpToTheEnd() {
        assertThat(TopService.expectedRows(ranking(500), 451, 100)).isEqualTo(50);
        assertThat(TopService.expectedRows(ranking(500), 500, 100))
                .as("starting on the last rank")
                .isEqualTo(1);
        assertThat(TopService.expectedRows(ranking(20), 1, 100)).isEqualTo(20);
    }

    @Test
    void aWindowPastTheEndHasNoRows() {
        assertThat(TopService.expectedRows(ranking(500), 501, 100)).isZero();
        assertThat(TopService.expectedRows(ranking(10), 500, 500)).isZero();
    }

    @Test
    void aSnapshotWithoutACountOrAnEmptyOneExpectsNoRows() {
        assertThat(TopService.expectedRows(ranking(null), 1, 100)).isZero();
        assertThat(TopService.expectedRows(ranking(0), 1, 100)).isZero();
    }

    private static Snapshot ranking(Integer count) {
        Instant started = Instant.parse("2026-01-31T12:00:00Z");
        return new Snapshot(
                "ranking-1",
                Source.CRYPTOCOMPARE,
                SnapshotState.COMPLETE,
                started,
                started.plusSeconds(5),
                count,
                started,
                null,
                null);
    }
}
