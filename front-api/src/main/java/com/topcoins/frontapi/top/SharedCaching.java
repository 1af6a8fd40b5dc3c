package com.topcoins.frontapi.top;

import com.topcoins.frontapi.snapshot.SnapshotPair;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.springframework.http.CacheControl;

/**
 * The {@code Cache-Control} of an answer, for a CDN or any shared cache in front of the API. An answer is
 * current until either source publishes again, which is expected one ingestion interval after its snapshot
 * completed: a shared cache may serve it until then ({@code s-maxage}), then serve it while it revalidates
 * (with the ETag, a 304 in the usual case) for up to the shorter interval ({@code stale-while-revalidate}), and
 * keep serving it for two of the longer interval if the API fails meanwhile ({@code stale-if-error}) rather than
 * pass on an error. A browser revalidates every time ({@code max-age=0}): the page updates itself, and a 304 is
 * cheap.
 *
 * @param rankingInterval the ranking source's interval between runs
 * @param pricesInterval  the price source's
 */
record SharedCaching(Duration rankingInterval, Duration pricesInterval) {

    CacheControl of(SnapshotPair snapshots, Instant now) {
        Instant nextRanking = snapshots.ranking().completedAt().plus(rankingInterval);
        Instant nextPrices = snapshots.prices().completedAt().plus(pricesInterval);
        Instant next = nextRanking.isBefore(nextPrices) ? nextRanking : nextPrices;
        long fresh = Math.max(0, Duration.between(now, next).toSeconds());
        Duration shorter = rankingInterval.compareTo(pricesInterval) < 0 ? rankingInterval : pricesInterval;
        Duration longer = rankingInterval.compareTo(pricesInterval) < 0 ? pricesInterval : rankingInterval;
        return CacheControl.maxAge(0, TimeUnit.SECONDS)
                .cachePublic()
                .sMaxAge(fresh, TimeUnit.SECONDS)
                .staleWhileRevalidate(shorter.toSeconds(), TimeUnit.SECONDS)
                .staleIfError(longer.multipliedBy(2).toSeconds(), TimeUnit.SECONDS);
    }
}
