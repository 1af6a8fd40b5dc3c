package com.topcoins.common.ingestion;

import static org.assertj.core.api.Assertions.assertThat;

import com.topcoins.common.snapshot.Snapshot;
import com.topcoins.common.snapshot.SnapshotStore;
import com.topcoins.common.snapshot.Source;
import com.topcoins.testsupport.DockerInfrastructure;
import com.topcoins.testsupport.UpstreamSimulator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.testcontainers.context.ImportTestcontainers;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.testcontainers.junit.jupiter.Testcontainers;

/**
 * The same run against real {@code mongo:7} and {@code redis:7} containers; skipped where no Docker
 * engine is available.
 */
@Testcontainers(disabledWithoutDocker = true)
@SpringBootTest(properties = "topcoins.ingest.initial-delay=3650d")
@ImportTestcontainers(DockerInfrastructure.class)
public abstract class IngestionOnRealMongoContract {

    @DynamicPropertySource
    static void upstream(DynamicPropertyRegistry registry) {
        registry.add("topcoins.upstream.base-url", UpstreamSimulator::baseUrl);
    }

    @Autowired
    private IngestionJob<?> job;

    @Autowired
    private SnapshotStore store;

    protected abstract Source source();

    @Test
    void runWritesACompleteSnapshotToMongo7() {
        RunOutcome outcome = job.run();

        assertThat(outcome.success()).as(outcome.error()).isTrue();
        Snapshot current = store.latestComplete(source()).orElseThrow();
        assertThat(current.id()).isEqualTo(outcome.snapshotId());
        assertThat(current.count()).isEqualTo(outcome.count()).isPositive();
    }
}
