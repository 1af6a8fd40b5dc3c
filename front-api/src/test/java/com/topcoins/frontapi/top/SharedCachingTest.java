package com.topcoins.frontapi.top;

import static org.assertj.core.api.Assertions.assertThat;

import com.topcoins.common.snapshot.Snapshot;
import com.topcoins.common.snapshot.SnapshotState;
import com.topcoins.common.snapshot.Source;
import com.topcoins.frontapi.snapshot.SnapshotPair;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SharedCachingTest {

    private static final Instant NOW = Instant.parse("2026-12-06T12:00:00Z");
    private final SharedCaching caching = new SharedCaching(Duration.ofMinutes(5), Duration.ofMinutes(30));

    @Test
    void aSharedCacheKeepsTheAnswerUntilTheNextSnapshotCanBeExpected() {
        // Ranking 2 min old (next in 3 min), prices 10 min old (next in 20 min): the ranking decides.
        SnapshotPair pair = pair(NOW.minusSeconds(120), NOW.minusSeconds(600));

        assertThat(caching.of(pair, NOW).getHeaderValue())
                .isEqualTo("max-age=0, public, s-maxage=180, stale-if-error=3600, stale-while-revalidate=300");
    }

    @Test
    void theSoonerSourceDecidesWhicheverItIs() {
        // Prices 29 min old: their next run is due in a minute, before the ranking's.
        assertThat(caching.of(pair(NOW, NOW.minusSeconds(29 * 60)), NOW).getHeaderValue())
                .contains("s-maxage=60,");
    }

    @Test
    void aLateSnapshotMeansRevalidateEveryTimeNeverANegativeAge() {
        // The ranking's next run is overdue (ingestion slow or down): a shared cache asks every time (a 304).
        assertThat(caching.of(pair(NOW.minusSeconds(3600), NOW.minusSeconds(60)), NOW)
                        .getHeaderValue())
                .contains("s-maxage=0,");
    }

    private static SnapshotPair pair(Instant rankingCompleted, Instant pricesCompleted) {
        return new SnapshotPair(
                snapshot(Source.CRYPTOCOMPARE, rankingCompleted), snapshot(Source.COINMARKETCAP, pricesCompleted));
    }

    private static Snapshot snapshot(Source source, Instant completedAt) {
        return new Snapshot(
                source.id() + completedAt,
                source,
                SnapshotState.COMPLETE,
                completedAt,
                completedAt,
                10,
                completedAt,
                null,
                null);
    }
}
