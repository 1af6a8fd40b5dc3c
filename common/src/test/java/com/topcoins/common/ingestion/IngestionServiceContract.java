package com.topcoins.common.ingestion;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.topcoins.common.snapshot.NotificationProperties;
import com.topcoins.common.snapshot.Snapshot;
import com.topcoins.common.snapshot.SnapshotState;
import com.topcoins.common.snapshot.SnapshotStore;
import com.topcoins.common.snapshot.Source;
import com.topcoins.testsupport.EmbeddedMongo;
import com.topcoins.testsupport.EmbeddedRedis;
import com.topcoins.testsupport.SharedTestInfrastructure;
import com.topcoins.testsupport.UpstreamSimulator;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.listener.ChannelTopic;
import org.springframework.data.redis.listener.RedisMessageListenerContainer;
import org.springframework.test.context.ContextConfiguration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every ingestion service must do, run by each service against itself: over HTTP against the
 * upstream simulator, into the MongoDB wire-protocol server, notifying through a real Redis.
 * Subclasses say which source they are and add what is specific to them.
 */
@SpringBootTest(properties = {
        // Runs are started by the tests, never by the scheduler.
        "topcoins.ingest.initial-delay=3650d",
        "topcoins.ingest.depth=500",
        "topcoins.upstream.read-timeout=1s",
        "topcoins.upstream.retry.max-attempts=3",
        "topcoins.upstream.retry.initial-backoff=20ms",
        "topcoins.upstream.retry.max-backoff=100ms",
        "topcoins.writer.chunk-size=128",
})
@ContextConfiguration(initializers = SharedTestInfrastructure.class)
public abstract class IngestionServiceContract {

    @Autowired
    protected IngestionJob<?> job;
    @Autowired
    protected SnapshotStore store;
    @Autowired
    protected MongoDatabase database;
    @Autowired
    private RedisConnectionFactory redis;
    @Autowired
    private NotificationProperties notification;
    @Autowired
    private JsonMapper json;

    private final Source source;
    private final String api;
    private final int requestsPerRun;
    private final Class<?> application;
    private final String apiKey;

    /**
     * @param source         the source under test
     * @param api            the simulator's name of its API ({@link UpstreamSimulator#COINMARKETCAP} or ...)
     * @param requestsPerRun requests one run of depth 500 makes with the configured page size
     * @param application    the service's main class
     * @param apiKey         the key the simulator accepts for that API
     */
    protected IngestionServiceContract(Source source, String api, int requestsPerRun, Class<?> application,
                                       String apiKey) {
        this.source = source;
        this.api = api;
        this.requestsPerRun = requestsPerRun;
        this.application = application;
        this.apiKey = apiKey;
    }

    protected Source source() {
        return source;
    }

    @BeforeEach
    void cleanState() {
        UpstreamSimulator.reset();
        database.getCollection(SnapshotStore.COLLECTION).deleteMany(new Document());
        database.getCollection(source().collection()).deleteMany(new Document());
    }

    @Test
    void runWritesACompleteSnapshotOfTheConfiguredDepth() {
        RunOutcome outcome = job.run();

        assertThat(outcome.success()).as(outcome.error()).isTrue();
        assertThat(outcome.count()).isEqualTo(500);
        Snapshot current = store.latestComplete(source()).orElseThrow();
        assertThat(current.id()).isEqualTo(outcome.snapshotId());
        assertThat(current.count()).isEqualTo(500);
        assertThat(current.completedAt()).isAfterOrEqualTo(current.startedAt());
        assertThat(documents(current.id())).isEqualTo(500);
        assertThat(UpstreamSimulator.requests(api)).isEqualTo(requestsPerRun);
    }

    @Test
    void publishingNotifiesReadersThroughRedis() throws Exception {
        BlockingQueue<String> messages = new LinkedBlockingQueue<>();
        RedisMessageListenerContainer container = new RedisMessageListenerContainer();
        container.setConnectionFactory(redis);
        container.addMessageListener((message, pattern) ->
                messages.add(new String(message.getBody(), StandardCharsets.UTF_8)), new ChannelTopic(notification.channel()));
        container.afterPropertiesSet();
        container.start();
        try {
            RunOutcome outcome = job.run();

            String message = messages.poll(5, TimeUnit.SECONDS);
            assertThat(message).isNotNull();
            JsonNode published = json.readTree(message);
            assertThat(published.path("source").asString()).isEqualTo(source().id());
            assertThat(published.path("snapshotId").asString()).isEqualTo(outcome.snapshotId());
            assertThat(published.path("count").asInt()).isEqualTo(500);
        } finally {
            container.stop();
            container.destroy();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"TIMEOUT", "RATE_LIMIT", "DAILY_LIMIT", "SERVER_ERROR", "MALFORMED_JSON",
            "ERROR_ENVELOPE", "EMPTY_PAGE", "SHORT_PAGE", "DUPLICATE_IDS", "UNAUTHORIZED", "PAYMENT_REQUIRED"})
    void runDuringAnUpstreamFaultFailsAndKeepsThePreviousSnapshotCurrent(String kind) {
        String previous = job.run().snapshotId();
        // Page faults hit the second page, so a fault after a good first page is covered too.
        boolean pageFault = kind.endsWith("_PAGE") || kind.equals("DUPLICATE_IDS");
        UpstreamSimulator.fault(api, kind, -1, pageFault ? 1 : 0, kind.equals("TIMEOUT") ? 2_500 : 0);

        RunOutcome failed = job.run();

        assertThat(failed.success()).isFalse();
        assertThat(store.latestComplete(source()).orElseThrow().id()).isEqualTo(previous);
        Snapshot marked = store.find(failed.snapshotId()).orElseThrow();
        assertThat(marked.state()).isEqualTo(SnapshotState.FAILED);
        assertThat(marked.error()).isNotBlank();

        UpstreamSimulator.clearFaults();
        RunOutcome recovered = job.run();
        assertThat(recovered.success()).as(recovered.error()).isTrue();
        assertThat(store.latestComplete(source()).orElseThrow().id()).isEqualTo(recovered.snapshotId());
    }

    @ParameterizedTest
    @ValueSource(strings = {"UNAUTHORIZED", "PAYMENT_REQUIRED", "DAILY_LIMIT"})
    void errorsNoRetryCanCureAreNotRetried(String kind) {
        UpstreamSimulator.fault(api, kind, -1);

        assertThat(job.run().success()).isFalse();
        assertThat(UpstreamSimulator.requests(api)).isEqualTo(1);
    }

    @Test
    void transientRateLimitIsRetriedWithBackoffAndTheRunSucceeds() {
        UpstreamSimulator.fault(api, "RATE_LIMIT", 2);

        RunOutcome outcome = job.run();

        assertThat(outcome.success()).as(outcome.error()).isTrue();
        assertThat(UpstreamSimulator.requests(api)).isEqualTo(requestsPerRun + 2);
    }

    @Test
    void serverErrorsBeyondTheRetryBudgetFailTheRunAfterMaxAttempts() {
        UpstreamSimulator.fault(api, "SERVER_ERROR", -1);

        assertThat(job.run().success()).isFalse();
        assertThat(UpstreamSimulator.requests(api)).isEqualTo(3);
    }

    @Test
    void onceModeExitsZeroOnSuccessAndNonZeroOnFailure() {
        assertThat(runOnce()).isZero();
        assertThat(store.latestComplete(source())).isPresent();

        UpstreamSimulator.fault(api, "UNAUTHORIZED", -1);
        assertThat(runOnce()).isEqualTo(OneShotIngestion.FAILED);
    }

    @Test
    void scheduledModeKeepsRunningAfterAFailedRun() {
        UpstreamSimulator.fault(api, "UNAUTHORIZED", 1);
        try (ConfigurableApplicationContext context = start("--topcoins.ingest.mode=scheduled",
                "--topcoins.ingest.interval=100ms")) {
            Duration waited = Duration.ZERO;
            while (store.history(source()).stream().filter(Snapshot::isComplete).count() < 2
                    && waited.compareTo(Duration.ofSeconds(20)) < 0) {
                sleep(100);
                waited = waited.plusMillis(100);
            }
        }
        assertThat(store.history(source())).extracting(Snapshot::state)
                .contains(SnapshotState.FAILED)
                .filteredOn(state -> state == SnapshotState.COMPLETE).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void fullDepthRunOf5000WritesACompleteSnapshot() {
        assertThat(runOnce("--topcoins.ingest.depth=5000")).isZero();

        Snapshot current = store.latestComplete(source()).orElseThrow();
        assertThat(current.count()).isEqualTo(5000);
        assertThat(documents(current.id())).isEqualTo(5000);
    }

    protected long documents(String snapshotId) {
        return database.getCollection(source().collection()).countDocuments(Filters.eq("snapshotId", snapshotId));
    }

    private int runOnce(String... args) {
        String[] all = new String[args.length + 1];
        all[0] = "--topcoins.ingest.mode=once";
        System.arraycopy(args, 0, all, 1, args.length);
        return SpringApplication.exit(start(all));
    }

    private ConfigurableApplicationContext start(String... args) {
        String[] shared = {
                "--spring.mongodb.uri=" + EmbeddedMongo.uri(),
                "--spring.data.redis.port=" + EmbeddedRedis.port(),
                "--spring.data.redis.host=127.0.0.1",
                "--topcoins.upstream.base-url=" + UpstreamSimulator.baseUrl(),
                "--topcoins.upstream.api-key=" + apiKey,
                "--topcoins.upstream.retry.initial-backoff=20ms",
                "--topcoins.upstream.retry.max-attempts=2",
                "--server.port=0",
        };
        String[] all = new String[shared.length + args.length];
        System.arraycopy(shared, 0, all, 0, shared.length);
        System.arraycopy(args, 0, all, shared.length, args.length);
        return IngestionApplication.start(application, all);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
