package com.topcoins.ingest.coinmarketcap;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import com.topcoins.common.ingestion.IngestionJob;
import com.topcoins.common.ingestion.LockedIngestion;
import com.topcoins.common.ingestion.OneShotIngestion;
import com.topcoins.common.ingestion.RunOutcome;
import com.topcoins.common.snapshot.Snapshot;
import com.topcoins.common.snapshot.SnapshotStore;
import com.topcoins.common.snapshot.Source;
import com.topcoins.testsupport.SharedTestInfrastructure;
import com.topcoins.testsupport.UpstreamSimulator;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.ContextConfiguration;

/**
 * A month's budget of 5 credits at noon of December 15th (14.5 of 31 days: 2.3 credits may be spent by then),
 * runs of the listing alone at 1 credit each: two runs go ahead, the third is deferred without a request to
 * CoinMarketCap or a snapshot, and counts as done.
 */
@SpringBootTest(
        properties = {
            "topcoins.ingest.initial-delay=3650d",
            "topcoins.ingest.depth=100",
            "topcoins.upstream.api-key=" + UpstreamSimulator.CMC_KEY,
            "topcoins.ingest.lock.at-least-for=0s",
            "topcoins.coinmarketcap.credits.monthly-budget=5",
            "topcoins.coinmarketcap.credits.head-start=0s",
        })
@ContextConfiguration(initializers = SharedTestInfrastructure.class)
class CoinMarketCapCreditBudgetTest {

    private static final Instant MID_DECEMBER = Instant.parse("2026-12-15T12:00:00Z");

    @TestConfiguration
    static class MidDecember {
        @Bean
        @Primary
        Clock midDecember() {
            return Clock.fixed(MID_DECEMBER, ZoneOffset.UTC);
        }
    }

    @Autowired
    private IngestionJob<?> job;

    @Autowired
    private LockedIngestion lockedIngestion;

    @Autowired
    private SnapshotStore store;

    @Autowired
    private MongoDatabase database;

    @BeforeEach
    void cleanState() {
        UpstreamSimulator.reset();
        database.getCollection(SnapshotStore.COLLECTION).deleteMany(new Document());
        database.getCollection(Source.COINMARKETCAP.collection()).deleteMany(new Document());
        database.getCollection(CreditLedger.COLLECTION).deleteMany(new Document());
    }

    @Test
    void aRunBeyondTheMonthsShareSoFarIsDeferredWithoutCallingUpstream() {
        assertThat(job.run().success()).isTrue();
        RunOutcome second = job.run();
        assertThat(second.success()).isTrue();
        assertThat(second.deferred()).isFalse();
        long requests = UpstreamSimulator.requests(UpstreamSimulator.COINMARKETCAP);
        assertThat(UpstreamSimulator.credits()).isEqualTo(2);

        RunOutcome third = job.run();

        assertThat(third.success()).isTrue();
        assertThat(third.deferred()).isTrue();
        assertThat(third.snapshotId()).isNull();
        // The third credit accrues at 3 / 5 of the month: December 19th, 14:24.
        assertThat(third.deferral())
                .contains("2 of 5 credits of 2026-12 spent and a run costs about 1")
                .contains("next run from 2026-12-19T14:24:00Z");
        assertThat(UpstreamSimulator.requests(UpstreamSimulator.COINMARKETCAP)).isEqualTo(requests);
        assertThat(store.latestComplete(Source.COINMARKETCAP).map(Snapshot::id)).contains(second.snapshotId());
        assertThat(store.latestStarted(Source.COINMARKETCAP).map(Snapshot::id)).contains(second.snapshotId());
    }

    @Test
    void aDeferredOneShotRunExitsZeroForNothingFailed() {
        job.run();
        job.run();

        OneShotIngestion once = new OneShotIngestion(lockedIngestion);
        once.run(null);

        assertThat(once.getExitCode()).isZero();
        assertThat(UpstreamSimulator.credits()).isEqualTo(2);
    }
}
