package com.topcoins.common.ingestion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import com.topcoins.common.snapshot.NotificationProperties;
import com.topcoins.common.snapshot.Snapshot;
import com.topcoins.common.snapshot.SnapshotState;
import com.topcoins.common.snapshot.SnapshotStore;
import com.topcoins.common.snapshot.Source;
import com.topcoins.common.upstream.UpstreamProperties;
import com.topcoins.testsupport.EmbeddedMongo;
import com.topcoins.testsupport.EmbeddedRedis;
import com.topcoins.testsupport.FreezableProxy;
import com.topcoins.testsupport.SharedTestInfrastructure;
import com.topcoins.testsupport.UpstreamSimulator;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.redis.connection.RedisConnection;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.core.types.RedisClientInfo;
import org.springframework.data.redis.listener.ChannelTopic;
import org.springframework.data.redis.listener.RedisMessageListenerContainer;
import org.springframework.test.context.ContextConfiguration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What every ingestion service must do, run by each service against itself: over HTTP against the
 * upstream simulator, into the MongoDB wire-protocol server, notifying through a real Redis.
 * Subclasses say which source they are and add what is specific to them.
 */
@SpringBootTest(
        properties = {
            // Runs are started by the tests, never by the scheduler.
            "topcoins.ingest.initial-delay=3650d",
            "topcoins.ingest.depth=500",
            "spring.http.clients.read-timeout=1s",
            "topcoins.upstream.retry.max-attempts=3",
            "topcoins.upstream.retry.initial-backoff=20ms",
            "topcoins.upstream.retry.max-backoff=100ms",
            "topcoins.writer.chunk-size=128",
            // MongoDB-down runs fail after 1 s instead of the production 10 s.
            "topcoins.mongo.timeout=1s",
            // HUGE_BODY (50 MB) must hit the cap well within the 1 s read timeout; pages here are < 1 MB.
            "topcoins.upstream.max-response-size=8MB",
        })
@ContextConfiguration(initializers = SharedTestInfrastructure.class)
@ExtendWith(OutputCaptureExtension.class)
public abstract class IngestionServiceContract {

    /** Fault kinds retried up to {@code max-attempts}; every other fault is answered by one request. */
    private static final Set<String> RETRIED_FAULTS = Set.of("TIMEOUT", "RATE_LIMIT", "SERVER_ERROR", "MALFORMED_JSON");

    private static final int MAX_ATTEMPTS = 3;
    /** What a replica logs when its schedule fires while another instance holds the lock. */
    private static final String LOCK_HELD = "run skipped: another instance holds the lock";

    private static final FaultFigures faultFigures = new FaultFigures();

    @Autowired
    protected IngestionJob<?> job;

    @Autowired
    protected SnapshotStore store;

    @Autowired
    protected MongoDatabase database;

    @Autowired
    protected LockedIngestion lockedIngestion;

    @Autowired
    private LockProvider lockProvider;

    @Autowired
    private UpstreamProperties upstream;

    @Autowired
    private ConfigurableApplicationContext context;

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
    protected IngestionServiceContract(
            Source source, String api, int requestsPerRun, Class<?> application, String apiKey) {
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
        database.getCollection(IngestionConfiguration.LOCK_COLLECTION).deleteMany(new Document());
    }

    @AfterAll
    static void printFaultFigures() {
        faultFigures.print();
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
        // Upstream's own time for the data, not ours: the simulator's market is at most a minute old.
        assertThat(current.dataAsOf())
                .isNotNull()
                .isBeforeOrEqualTo(current.completedAt())
                .isAfter(current.startedAt().minus(Duration.ofMinutes(2)));
    }

    @Test
    void dataOlderThanTheMaximumAgeIsNotPublishedAndThePreviousSnapshotStaysCurrent() {
        assertThat(job.run().success()).isTrue();
        Snapshot previous = store.latestComplete(source()).orElseThrow();

        // Any real data is older than a millisecond by the time the run checks it: a stalled upstream's, in effect.
        assertThat(runOnce("--topcoins.ingest.max-data-age=1ms")).isEqualTo(OneShotIngestion.FAILED);

        assertThat(store.latestComplete(source())).contains(previous);
        Snapshot refused = history().get(0);
        assertThat(refused.state()).isEqualTo(SnapshotState.FAILED);
        assertThat(refused.error()).contains("more than topcoins.ingest.max-data-age PT0.001S: not published");
        assertThat(documents(refused.id()))
                .as("refused before anything was written")
                .isZero();
    }

    @Test
    void aReplayOfTwoYearOldDataIsRefusedAndThePreviousSnapshotStaysCurrent() {
        assertThat(job.run().success()).isTrue();
        Snapshot previous = store.latestComplete(source()).orElseThrow();
        // Valid answers whose every time is two years old: payloads recorded back then, served as if current.
        UpstreamSimulator.fault(api, "REPLAY", -1);

        RunOutcome outcome = job.run();

        assertThat(outcome.success()).isFalse();
        assertThat(outcome.error()).contains("more than topcoins.ingest.max-data-age PT1H: not published");
        assertThat(store.latestComplete(source())).contains(previous);
        assertThat(documents(outcome.snapshotId()))
                .as("refused before anything was written")
                .isZero();
    }

    @Test
    void publishingNotifiesReadersThroughRedis() throws Exception {
        BlockingQueue<String> messages = new LinkedBlockingQueue<>();
        RedisMessageListenerContainer container = new RedisMessageListenerContainer();
        container.setConnectionFactory(redis);
        container.addMessageListener(
                (message, pattern) -> messages.add(new String(message.getBody(), StandardCharsets.UTF_8)),
                new ChannelTopic(notification.channel()));
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
    @ValueSource(
            strings = {
                "LATENCY",
                "TIMEOUT",
                "RATE_LIMIT",
                "DAILY_LIMIT",
                "SERVER_ERROR",
                "MALFORMED_JSON",
                "ERROR_ENVELOPE",
                "EMPTY_PAGE",
                "SHORT_PAGE",
                "DUPLICATE_IDS",
                "UNAUTHORIZED",
                "PAYMENT_REQUIRED",
                "HUGE_BODY"
            })
    void runDuringAnUpstreamFaultFailsAndKeepsThePreviousSnapshotCurrent(String kind) {
        String previous = job.run().snapshotId();
        // Page faults hit the second page, so a fault after a good first page is covered too.
        boolean pageFault = kind.endsWith("_PAGE") || kind.equals("DUPLICATE_IDS");
        // LATENCY stays below the 1 s read timeout (the run must succeed); TIMEOUT goes beyond it.
        long delay = switch (kind) {
            case "TIMEOUT" -> 2_500;
            case "LATENCY" -> 300;
            default -> 0;
        };
        UpstreamSimulator.fault(api, kind, -1, pageFault ? 1 : 0, delay);
        UpstreamSimulator.resetStats();

        RunOutcome faulty = job.run();
        long requests = UpstreamSimulator.requests(api);

        if (kind.equals("LATENCY")) {
            assertThat(faulty.success()).as(faulty.error()).isTrue();
            assertThat(store.latestComplete(source()).orElseThrow().id()).isEqualTo(faulty.snapshotId());
            assertThat(requests).isEqualTo(requestsPerRun);
        } else {
            assertThat(faulty.success()).isFalse();
            assertThat(store.latestComplete(source()).orElseThrow().id()).isEqualTo(previous);
            Snapshot marked = store.find(faulty.snapshotId()).orElseThrow();
            assertThat(marked.state()).isEqualTo(SnapshotState.FAILED);
            assertThat(marked.error()).isNotBlank();
            if (kind.equals("HUGE_BODY")) {
                assertThat(marked.error()).contains("size cap");
            }
            // The failing request is retried only when another attempt can help; pages before it are fine.
            long expected = (pageFault ? 1 : 0) + (RETRIED_FAULTS.contains(kind) ? MAX_ATTEMPTS : 1);
            assertThat(requests).as("requests of the failed run").isEqualTo(expected);
            faultFigures.failed(kind, requests, expected);
        }

        UpstreamSimulator.clearFaults();
        RunOutcome recovered = job.run();
        // After HUGE_BODY this also shows the heap was not exhausted: the same process runs again.
        assertThat(recovered.success()).as(recovered.error()).isTrue();
        assertThat(store.latestComplete(source()).orElseThrow().id()).isEqualTo(recovered.snapshotId());
        faultFigures.tried(api, kind, faulty.success(), recovered.success());
        if (kind.equals("HUGE_BODY")) {
            Runtime heap = Runtime.getRuntime();
            faultFigures.note(
                    "HUGE_BODY (50 MB) stopped at the %d MB cap, next run succeeded, heap after: %d MB used of %d MB max"
                            .formatted(
                                    upstream.maxResponseSize().toMegabytes(),
                                    (heap.totalMemory() - heap.freeMemory()) >> 20,
                                    heap.maxMemory() >> 20));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"UNAUTHORIZED", "PAYMENT_REQUIRED", "DAILY_LIMIT"})
    void errorsNoRetryCanCureAreNotRetried(String kind) {
        UpstreamSimulator.fault(api, kind, -1);

        assertThat(job.run().success()).isFalse();
        assertThat(UpstreamSimulator.requests(api)).isEqualTo(1);
        faultFigures.retry(kind + " " + UpstreamSimulator.requests(api) + " request (no retry)");
    }

    @Test
    void transientRateLimitIsRetriedWithBackoffAndTheRunSucceeds() {
        UpstreamSimulator.fault(api, "RATE_LIMIT", 2);

        RunOutcome outcome = job.run();

        assertThat(outcome.success()).as(outcome.error()).isTrue();
        assertThat(UpstreamSimulator.requests(api)).isEqualTo(requestsPerRun + 2);
        faultFigures.retry("RATE_LIMIT x2 then success %d requests (%d pages + 2)"
                .formatted(UpstreamSimulator.requests(api), requestsPerRun));
    }

    @Test
    void serverErrorsBeyondTheRetryBudgetFailTheRunAfterMaxAttempts() {
        UpstreamSimulator.fault(api, "SERVER_ERROR", -1);

        assertThat(job.run().success()).isFalse();
        assertThat(UpstreamSimulator.requests(api)).isEqualTo(3);
        faultFigures.retry(
                "SERVER_ERROR persistent %d requests (max attempts)".formatted(UpstreamSimulator.requests(api)));
    }

    @Test
    void onceModeExitsZeroOnSuccessAndNonZeroOnFailure() {
        assertThat(runOnce()).isZero();
        assertThat(store.latestComplete(source())).isPresent();

        UpstreamSimulator.fault(api, "UNAUTHORIZED", -1);
        assertThat(runOnce()).isEqualTo(OneShotIngestion.FAILED);
    }

    @Test
    void onceModeStartsNoWebServerAndScheduledModeServesHealth() {
        try (ConfigurableApplicationContext context = start("--topcoins.ingest.mode=once")) {
            assertThat(context).isNotInstanceOf(WebServerApplicationContext.class);
            assertThat(context.getBeansOfType(OneShotIngestion.class)).hasSize(1);
            assertThat(context.getBeansOfType(ScheduledIngestion.class)).isEmpty();
            assertThat(context.getEnvironment().getActiveProfiles()).containsExactly("once");
            assertThat(store.latestComplete(source())).isPresent();
        }
        try (ConfigurableApplicationContext context = start("--topcoins.ingest.initial-delay=3650d")) {
            assertThat(context).isInstanceOf(WebServerApplicationContext.class);
            assertThat(context.getBeansOfType(OneShotIngestion.class)).isEmpty();
            assertThat(context.getBeansOfType(ScheduledIngestion.class)).hasSize(1);
            assertThat(context.getEnvironment().getActiveProfiles()).containsExactly("scheduled");
        }
    }

    @Test
    void onceModeSkipsWithExitZeroWhileAnotherInstanceRuns(CapturedOutput output) {
        // Held as a scheduled replica would hold it during its run, which has begun its snapshot.
        SimpleLock held = lockProvider
                .lock(new LockConfiguration(
                        Instant.now(), LockedIngestion.lockName(source().id()), Duration.ofMinutes(1), Duration.ZERO))
                .orElseThrow();
        Snapshot running = store.begin(source());
        try {
            assertThat(runOnce()).isZero();
        } finally {
            held.unlock();
        }
        assertThat(UpstreamSimulator.requests(api)).isZero();
        assertThat(history()).extracting(Snapshot::id).containsExactly(running.id());
        assertThat(output.getAll()).contains("run skipped: another instance holds the lock");

        assertThat(runOnce()).isZero();
        assertThat(store.latestComplete(source())).isPresent();
    }

    @Test
    void onceModeSkipsWithExitZeroAfterAnotherInstanceSucceededWithinTheInterval() {
        assertThat(runOnce("--topcoins.ingest.lock.at-least-for=1m")).isZero();
        long requests = UpstreamSimulator.requests(api);

        assertThat(runOnce()).as("skipped: that success covers this interval").isZero();
        assertThat(UpstreamSimulator.requests(api)).isEqualTo(requests);
        assertThat(history()).hasSize(1);
    }

    @Test
    void onceModeFailsWhenTheLockHolderNeitherRunsNorSucceeded(CapturedOutput output) {
        // The lock of an instance that died mid-run before it could record anything: it lasts until at-most-for.
        lockProvider
                .lock(new LockConfiguration(
                        Instant.now(), LockedIngestion.lockName(source().id()), Duration.ofMinutes(1), Duration.ZERO))
                .orElseThrow();

        assertThat(runOnce()).isEqualTo(OneShotIngestion.FAILED);
        assertThat(UpstreamSimulator.requests(api)).isZero();
        assertThat(output.getAll()).contains("the lock is held, but no run is in progress and none succeeded");
    }

    @Test
    void aFailedRunReleasesItsLockSoARetryRunsAtOnce() {
        // Production's lock: held for most of the interval after a run starts.
        String[] productionLock = {"--topcoins.ingest.lock.at-least-for=1m"};
        UpstreamSimulator.fault(api, "SERVER_ERROR", -1);
        assertThat(runOnce(productionLock)).isEqualTo(OneShotIngestion.FAILED);
        UpstreamSimulator.reset();

        assertThat(runOnce(productionLock)).as("the retry ran").isZero();
        long requests = UpstreamSimulator.requests(api);
        assertThat(requests).isPositive();
        assertThat(store.latestComplete(source())).isPresent();
        // A success keeps it: the next attempt within the interval is skipped.
        assertThat(runOnce(productionLock)).isZero();
        assertThat(UpstreamSimulator.requests(api)).isEqualTo(requests);
        System.out.printf(
                "RELIABILITY run-lock %s: a failed once run (exit 1) released the lock, the retry right after "
                        + "ran (%d upstream requests, exit 0); the next attempt within the interval skipped (0 requests, exit 0)%n",
                source().id(), requests);
    }

    @Test
    void aHungRedisDelaysARunOnlyByItsShortCommandTimeout(CapturedOutput output) {
        try (FreezableProxy hungRedis = new FreezableProxy(EmbeddedRedis.port())) {
            hungRedis.freeze();
            // Lettuce's own default (60 s) would hold the run, and the JVM, far longer than this bound.
            long start = System.nanoTime();
            int exitCode = assertTimeoutPreemptively(
                    Duration.ofSeconds(20), () -> runOnce("--spring.data.redis.port=" + hungRedis.port()));
            assertThat(exitCode).isZero();
            long hung = (System.nanoTime() - start) / 1_000_000;
            start = System.nanoTime();
            assertThat(runOnce()).isZero();
            System.out.printf(
                    "RELIABILITY redis-hung %s: a once run with Redis hung succeeded (exit 0, notice not "
                            + "sent) in %d ms, one with Redis up in %d ms (process start included)%n",
                    source().id(), hung, (System.nanoTime() - start) / 1_000_000);
        }
        assertThat(store.latestComplete(source())).isPresent();
        assertThat(output.getAll()).contains("Could not notify readers");
    }

    @Test
    void aRunConnectsToRedisWhileItFetchesSoItsNoticeDoesNotWaitForTheConnection() throws Exception {
        String name = "connect-ahead-" + source().id();
        // Slow pages: the fetch lasts long enough to see whether the run is connected before it ends.
        UpstreamSimulator.fault(api, "LATENCY", -1, 0, 400);
        try {
            CompletableFuture<Integer> run =
                    CompletableFuture.supplyAsync(() -> runOnce("--spring.data.redis.client-name=" + name));
            String writing = awaitWritingSnapshot();
            await("the run's connection to Redis")
                    .atMost(Duration.ofSeconds(20))
                    .pollInterval(Duration.ofMillis(20))
                    .until(() -> redisClientNames().contains(name));
            assertThat(store.find(writing).orElseThrow().state())
                    .as("connected while the run still fetches, not when it notifies")
                    .isEqualTo(SnapshotState.WRITING);
            assertThat(run.get(60, TimeUnit.SECONDS)).isZero();
        } finally {
            UpstreamSimulator.clearFaults();
        }
    }

    private List<String> redisClientNames() {
        try (RedisConnection connection = redis.getConnection()) {
            return connection.serverCommands().getClientList().stream()
                    .map(RedisClientInfo::getName)
                    .toList();
        }
    }

    @Test
    void everyRunRecreatesTheIndexesOfADatabaseThatLostThem() {
        // A database restored or replaced under the running service: no collections, no indexes.
        database.getCollection(SnapshotStore.COLLECTION).drop();
        database.getCollection(source().collection()).drop();

        assertThat(job.run().success()).isTrue();
        assertThat(indexNames(SnapshotStore.COLLECTION)).contains("source_state_completedAt");
        assertThat(indexNames(source().collection())).hasSizeGreaterThan(1);
    }

    @Test
    void scheduledModeKeepsRunningAfterAFailedRun() {
        UpstreamSimulator.fault(api, "UNAUTHORIZED", 1);
        try (ConfigurableApplicationContext context =
                start("--topcoins.ingest.mode=scheduled", "--topcoins.ingest.interval=100ms")) {
            await().atMost(Duration.ofSeconds(20))
                    .pollInterval(Duration.ofMillis(100))
                    .until(() -> history().stream()
                                    .filter(IngestionServiceContract::isComplete)
                                    .count()
                            >= 2);
        }
        assertThat(history())
                .extracting(Snapshot::state)
                .contains(SnapshotState.FAILED)
                .filteredOn(state -> state == SnapshotState.COMPLETE)
                .hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void fullDepthRunOf5000WritesACompleteSnapshot() {
        assertThat(runOnce("--topcoins.ingest.depth=5000")).isZero();

        Snapshot current = store.latestComplete(source()).orElseThrow();
        assertThat(current.count()).isEqualTo(5000);
        assertThat(documents(current.id())).isEqualTo(5000);
    }

    @Test
    void twoInstancesOfOneSourceRunAtMostOncePerInterval(CapturedOutput output) {
        Duration interval = Duration.ofSeconds(2);
        String[] replica = {
            "--topcoins.ingest.mode=scheduled",
            "--topcoins.ingest.interval=" + interval.toMillis() + "ms",
            "--topcoins.ingest.lock.at-least-for=1900ms",
            // The page size of this context, so a run makes requestsPerRun requests.
            "--topcoins.upstream.page-size=" + upstream.pageSize()
        };
        long mark = output.getAll().lines().count();
        long begin = System.nanoTime();
        try (ConfigurableApplicationContext first = start(replica);
                ConfigurableApplicationContext second = start(replica)) {
            // Until three runs completed and the second replica found the lock held at least once, and only
            // between runs: no run starts within at-least-for (1.9 s) of the last one's start, so the replicas are
            // stopped with no run under way.
            await().atMost(Duration.ofSeconds(30))
                    .pollInterval(Duration.ofMillis(50))
                    .until(() -> {
                        List<Snapshot> runs = history();
                        Snapshot last = runs.stream()
                                .max(Comparator.comparing(Snapshot::startedAt))
                                .orElse(null);
                        return runs.stream()
                                                .filter(IngestionServiceContract::isComplete)
                                                .count()
                                        >= 3
                                && isComplete(last)
                                && last.startedAt().isAfter(Instant.now().minusMillis(1200))
                                && output.getAll().lines().skip(mark).anyMatch(line -> line.contains(LOCK_HELD));
                    });
        }
        Duration elapsed = Duration.ofNanos(System.nanoTime() - begin);

        List<Snapshot> history = history();
        List<Snapshot> complete = history.stream()
                .filter(IngestionServiceContract::isComplete)
                .sorted(Comparator.comparing(Snapshot::startedAt))
                .toList();
        long maxRuns = elapsed.toMillis() / interval.toMillis() + 1;
        long requests = UpstreamSimulator.requests(api);
        long skipped = output.getAll()
                .lines()
                .skip(mark)
                .filter(line -> line.contains(LOCK_HELD))
                .count();

        assertThat(history).as("every run completed").hasSameSizeAs(complete);
        assertThat(complete).hasSizeBetween(2, (int) maxRuns);
        assertThat(requests).as("upstream requests").isEqualTo(complete.size() * (long) requestsPerRun);
        assertThat(skipped)
                .as("attempts of the second replica that found the lock held")
                .isPositive();
        for (int i = 1; i < complete.size(); i++) {
            assertThat(complete.get(i).startedAt())
                    .as("runs do not overlap")
                    .isAfter(complete.get(i - 1).completedAt());
        }
        String unique = uniqueField();
        for (Snapshot snapshot : complete) {
            List<Object> keys = database.getCollection(source().collection())
                    .find(Filters.eq("snapshotId", snapshot.id()))
                    .map(doc -> doc.get(unique))
                    .into(new ArrayList<>());
            assertThat(keys)
                    .as("documents of %s", snapshot.id())
                    .hasSize(snapshot.count())
                    .doesNotHaveDuplicates();
        }
        System.out.printf(
                "RELIABILITY two-replicas %s: 2 instances, %d ms, interval %d ms: %d runs (max %d), "
                        + "%d upstream requests = %d runs x %d, %d skipped attempts, 0 overlapping, 0 duplicated, "
                        + "%d/%d snapshots with exactly their count%n",
                source().id(),
                elapsed.toMillis(),
                interval.toMillis(),
                complete.size(),
                maxRuns,
                requests,
                complete.size(),
                requestsPerRun,
                skipped,
                complete.size(),
                complete.size());
    }

    @Test
    void ingestionWithMongoDownFailsTheRunAndRecoversWithoutARestart() throws Exception {
        RunOutcome previous = job.run();
        RunOutcome midRun;
        RunOutcome beforeRun;
        String lost;
        try {
            // MongoDB goes away while the run fetches (slow pages), so its writes fail.
            UpstreamSimulator.fault(api, "LATENCY", -1, 0, 400);
            CompletableFuture<RunOutcome> running = CompletableFuture.supplyAsync(job::run);
            lost = awaitWritingSnapshot();
            EmbeddedMongo.stop();
            midRun = running.get(30, TimeUnit.SECONDS);
            UpstreamSimulator.clearFaults();
            // Down before a run: the lock cannot be taken, and that is a failed run too, not an exception.
            beforeRun = lockedIngestion.run().orElseThrow();
        } finally {
            EmbeddedMongo.restart();
        }

        assertThat(midRun.success()).isFalse();
        assertThat(beforeRun.success()).isFalse();
        assertThat(beforeRun.error()).contains("lock unavailable");
        assertThat(context.isActive()).isTrue();
        RunOutcome recovered = lockedIngestion.run().orElseThrow();
        assertThat(recovered.success()).as(recovered.error()).isTrue();
        assertThat(store.latestComplete(source()).orElseThrow().id()).isEqualTo(recovered.snapshotId());
        // The interrupted snapshot was never completed: readers never see it, and purge removes it once stale.
        assertThat(isComplete(store.find(lost).orElseThrow())).isFalse();
        assertThat(documents(previous.snapshotId()))
                .as("data from before the outage")
                .isEqualTo(previous.count());
        System.out.printf(
                "RELIABILITY mongo-down %s: run during outage failed in %d ms (mid-run) and %d ms "
                        + "(before run, lock unavailable), 0 exceptions escaped, context up, first run after restart "
                        + "succeeded (%d docs)%n",
                source().id(), midRun.elapsed().toMillis(), beforeRun.elapsed().toMillis(), recovered.count());
    }

    @Test
    void apiKeysAppearInNoLogLineAndNoStoredError(CapturedOutput output) {
        String key = UpstreamSimulator.leakCheckKey(api);
        String wrongKey = "sk-LEAKCHECK-wrong-" + api + "-0d15ea5e";
        // Verbose logging on, so a key logged at any level of our code would show.
        String[] verbose = {"--logging.level.com.topcoins=DEBUG"};
        long mark = output.getAll().lines().count();

        assertThat(runOnce(with(verbose, "--topcoins.upstream.api-key=" + key)))
                .as("accepted key")
                .isZero();
        UpstreamSimulator.fault(api, "UNAUTHORIZED", -1);
        assertThat(runOnce(with(verbose, "--topcoins.upstream.api-key=" + key))).isEqualTo(OneShotIngestion.FAILED);
        UpstreamSimulator.reset();
        assertThat(runOnce(with(verbose, "--topcoins.upstream.api-key=" + wrongKey)))
                .as("refused key")
                .isEqualTo(OneShotIngestion.FAILED);
        // The simulator checked the key and refused it; a key error is not retried.
        assertThat(UpstreamSimulator.requests(api)).isEqualTo(1);

        List<String> lines = output.getAll().lines().skip(mark).toList();
        long leaking = lines.stream()
                .filter(line -> line.contains(key) || line.contains(wrongKey) || line.contains("LEAKCHECK"))
                .count();
        List<Snapshot> history = history();
        long leakingErrors = history.stream()
                .map(Snapshot::error)
                .filter(error -> error != null && error.contains("LEAKCHECK"))
                .count();
        assertThat(history)
                .extracting(Snapshot::state)
                .containsExactlyInAnyOrder(SnapshotState.COMPLETE, SnapshotState.FAILED, SnapshotState.FAILED);
        assertThat(leaking).as("log lines with a key").isZero();
        assertThat(leakingErrors).as("stored errors with a key").isZero();
        System.out.printf(
                "RELIABILITY secrets %s: 3 runs (accepted key, UNAUTHORIZED fault, wrong key refused by the "
                        + "simulator after 1 request), %d log lines scanned, %d contain the key; %d snapshot errors "
                        + "scanned, %d contain it%n",
                source().id(),
                lines.size(),
                leaking,
                history.stream().filter(s -> s.error() != null).count(),
                leakingErrors);
    }

    private String awaitWritingSnapshot() {
        return await("a run writing its snapshot")
                .atMost(Duration.ofSeconds(10))
                .pollInterval(Duration.ofMillis(20))
                .until(
                        () -> history().stream()
                                .filter(snapshot -> snapshot.state() == SnapshotState.WRITING)
                                .findFirst(),
                        Optional::isPresent)
                .orElseThrow()
                .id();
    }

    /** The field no two documents of one snapshot may share. */
    private String uniqueField() {
        return switch (source()) {
            case CRYPTOCOMPARE -> "rank";
            case COINMARKETCAP -> "cmcId";
        };
    }

    private static String[] with(String[] args, String... more) {
        String[] all = Arrays.copyOf(args, args.length + more.length);
        System.arraycopy(more, 0, all, args.length, more.length);
        return all;
    }

    private List<String> indexNames(String collection) {
        return database.getCollection(collection)
                .listIndexes()
                .map(index -> index.getString("name"))
                .into(new ArrayList<>());
    }

    /** Every snapshot of this source, newest first, each read through the store. */
    private List<Snapshot> history() {
        return database.getCollection(SnapshotStore.COLLECTION)
                .find(Filters.eq("source", source().id()))
                .sort(Sorts.descending("startedAt"))
                .map(doc -> store.find(doc.getString("_id")).orElseThrow())
                .into(new ArrayList<>());
    }

    private static boolean isComplete(Snapshot snapshot) {
        return snapshot.state() == SnapshotState.COMPLETE;
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

    /** Starts an instance of the service; {@code args} ({@code --name=value}) override the defaults. */
    private ConfigurableApplicationContext start(String... args) {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("spring.mongodb.uri", EmbeddedMongo.uri());
        properties.put("spring.data.redis.port", String.valueOf(EmbeddedRedis.port()));
        properties.put("spring.data.redis.host", "127.0.0.1");
        properties.put("topcoins.upstream.base-url", UpstreamSimulator.baseUrl());
        properties.put("topcoins.upstream.api-key", apiKey);
        properties.put("topcoins.upstream.retry.initial-backoff", "20ms");
        properties.put("topcoins.upstream.retry.max-attempts", "2");
        properties.put("topcoins.mongo.timeout", "1s");
        // Back-to-back runs of separate instances in one test must not skip each other.
        properties.put("topcoins.ingest.lock.at-least-for", "0s");
        properties.put("server.port", "0");
        for (String arg : args) {
            int equals = arg.indexOf('=');
            properties.put(arg.substring(2, equals), arg.substring(equals + 1));
        }
        return IngestionApplication.start(
                application,
                properties.entrySet().stream()
                        .map(e -> "--" + e.getKey() + "=" + e.getValue())
                        .toArray(String[]::new));
    }

    /** Counts of the upstream fault runs of one service, printed as one line after its tests. */
    private static final class FaultFigures {
        private String api;
        private final Set<String> kinds = new TreeSet<>();
        private int failedMarked;
        private int retriesAsPolicy;
        private int recovered;
        private final List<String> failedRequests = new ArrayList<>();
        private final List<String> retries = new ArrayList<>();
        private final List<String> notes = new ArrayList<>();

        synchronized void failed(String kind, long requests, long expected) {
            failedMarked++;
            failedRequests.add(kind + "=" + requests);
            if (requests == expected) {
                retriesAsPolicy++;
            }
        }

        synchronized void tried(String api, String kind, boolean succeededUnderFault, boolean recoveredAfter) {
            this.api = api;
            kinds.add(kind);
            if (recoveredAfter) {
                recovered++;
            }
            if (succeededUnderFault) {
                notes.add(kind + " run succeeded");
            }
        }

        synchronized void retry(String figure) {
            retries.add(figure);
        }

        synchronized void note(String note) {
            notes.add(note);
        }

        synchronized void print() {
            if (!kinds.isEmpty()) {
                System.out.printf(
                        "RELIABILITY upstream-faults %s: %d fault kinds, %d failed runs marked failed, "
                                + "previous snapshot kept %d/%d, retries as policy %d/%d (requests %s), %d recovered runs; %s%n",
                        api,
                        kinds.size(),
                        failedMarked,
                        failedMarked,
                        failedMarked,
                        retriesAsPolicy,
                        failedMarked,
                        String.join(" ", failedRequests),
                        recovered,
                        String.join("; ", notes));
            }
            if (!retries.isEmpty()) {
                System.out.printf("RELIABILITY retry-policy %s: %s%n", api, String.join(", ", retries));
            }
        }
    }
}
