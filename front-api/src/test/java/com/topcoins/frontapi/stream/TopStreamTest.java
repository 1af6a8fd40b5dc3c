package com.topcoins.frontapi.stream;

import static org.assertj.core.api.Assertions.assertThat;

import com.topcoins.common.snapshot.Snapshot;
import com.topcoins.frontapi.ApiClient;
import com.topcoins.frontapi.FrontApiTest;
import com.topcoins.frontapi.MongoCommandCounter;
import com.topcoins.frontapi.SnapshotFixtures;
import com.topcoins.frontapi.SnapshotFixtures.Priced;
import com.topcoins.frontapi.SseClient;
import com.topcoins.frontapi.snapshot.CurrentSnapshots;
import com.topcoins.testsupport.EmbeddedMongo;
import com.topcoins.testsupport.EmbeddedRedis;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** {@code GET /api/v1/top/stream} over real HTTP: what a subscriber receives, when, and at what cost. */
@FrontApiTest
class TopStreamTest {

    private static final Duration PATIENCE = Duration.ofSeconds(10);

    @LocalServerPort
    private int port;

    @Autowired
    private SnapshotFixtures fixtures;

    @Autowired
    private MongoCommandCounter mongo;

    @Autowired
    private TopStream topStream;

    @Autowired
    private CurrentSnapshots currentSnapshots;

    private ApiClient api;
    private Snapshot ranking;
    private Snapshot prices;

    @BeforeEach
    void publish() {
        api = new ApiClient(port);
        fixtures.clear();
        ranking = fixtures.publishRanking(SnapshotFixtures.RANKING);
        prices = fixtures.publishPrices(SnapshotFixtures.PRICES);
        api.awaitServing("/api/v1/top?limit=3", ranking, prices);
        // Streams of earlier tests are gone once a heartbeat met their closed connections.
        Awaitility.await().atMost(PATIENCE).until(() -> topStream.subscribers() == 0);
    }

    private String url(String query) {
        return "http://127.0.0.1:" + port + "/api/v1/top/stream" + query;
    }

    @Test
    void sendsTheCurrentAnswerAtOnceThenOneForEveryPublishedSnapshot() throws Exception {
        try (SseClient stream = SseClient.open(url("?limit=3"))) {
            assertThat(stream.response().statusCode()).isEqualTo(200);
            assertThat(stream.response().headers().firstValue("Content-Type"))
                    .hasValueSatisfying(type -> assertThat(type).startsWith("text/event-stream"));
            assertThat(stream.response().headers().firstValue("Cache-Control")).hasValue("no-cache");
            assertThat(stream.response().headers().firstValue("X-Accel-Buffering"))
                    .hasValue("no");

            SseClient.Event first = stream.nextAnswer(PATIENCE);
            assertThat(first).isNotNull();
            assertThat(first.id()).isEqualTo(ranking.id() + ":" + prices.id());
            assertThat(first.retry()).isEqualTo("5000");
            assertThat(first.data()).isEqualTo(api.get("/api/v1/top?limit=3").body());

            Snapshot newPrices = fixtures.publishPrices(withBitcoinAt("99999.5"));
            SseClient.Event second = stream.nextAnswer(PATIENCE);
            assertThat(second).as("an event after the publish").isNotNull();
            assertThat(second.id()).isEqualTo(ranking.id() + ":" + newPrices.id());
            assertThat(second.data())
                    .contains("\"priceUsd\":99999.5")
                    .isEqualTo(api.get("/api/v1/top?limit=3").body());

            Snapshot newRanking = fixtures.publishRanking(SnapshotFixtures.RANKING);
            assertThat(stream.nextAnswer(PATIENCE).id()).isEqualTo(newRanking.id() + ":" + newPrices.id());
        }
    }

    @Test
    void csvIsSentLineByLine() throws Exception {
        try (SseClient stream = SseClient.open(url("?limit=2&start=2&format=csv"))) {
            SseClient.Event event = stream.nextAnswer(PATIENCE);
            assertThat(event.data()).isEqualTo("Rank,Symbol,Price USD\n2,ETH,3120.5\n3,HOT,0.00251");
        }
    }

    @Test
    void aClientResumingWithTheCurrentPairGetsNoRepeatButTheNextOne() throws Exception {
        String current = ranking.id() + ":" + prices.id();
        try (SseClient stream = SseClient.open(url("?limit=3"), "Last-Event-ID", current)) {
            SseClient.Event opening = stream.next(PATIENCE);
            assertThat(opening.name()).isEqualTo("comment");
            assertThat(stream.nextAnswer(Duration.ofMillis(1500)))
                    .as("the answer the client already has")
                    .isNull();

            Snapshot newPrices = fixtures.publishPrices(withBitcoinAt("70000"));
            assertThat(stream.nextAnswer(PATIENCE).id()).isEqualTo(ranking.id() + ":" + newPrices.id());
        }
        try (SseClient stale = SseClient.open(url("?limit=3"), "Last-Event-ID", current)) {
            assertThat(stale.nextAnswer(PATIENCE).data()).contains("\"priceUsd\":70000");
        }
    }

    @Test
    void aPublishIsRenderedOncePerWindowWhateverTheNumberOfSubscribers() throws Exception {
        List<SseClient> streams = new ArrayList<>();
        try {
            for (int i = 0; i < 6; i++) {
                streams.add(SseClient.open(url("?limit=4&start=" + (1 + i % 2))));
            }
            for (SseClient stream : streams) {
                assertThat(stream.nextAnswer(PATIENCE)).isNotNull();
            }
            long before = mongo.count();
            Snapshot newPrices = fixtures.publishPrices(withBitcoinAt("82345"));
            for (SseClient stream : streams) {
                SseClient.Event event = stream.nextAnswer(PATIENCE);
                assertThat(event.id()).endsWith(newPrices.id());
            }
            // Two windows: one ranking window query each; the new price snapshot is indexed once for both.
            assertThat(mongo.count() - before).isLessThanOrEqualTo(3);
        } finally {
            streams.forEach(SseClient::close);
        }
    }

    @Test
    void aStreamOpenedWhileMongoDbIsDownStaysOpenAndCatchesUpWhenItIsBack() throws Exception {
        EmbeddedMongo.stop();
        SseClient stream;
        try {
            // A window nobody asked for: not cached, so it cannot be rendered without the database.
            stream = SseClient.open(url("?limit=7&start=2"));
            assertThat(stream.response().statusCode()).isEqualTo(200);
            assertThat(stream.nextAnswer(Duration.ofSeconds(2))).isNull();
            assertThat(stream.next(PATIENCE))
                    .as("heartbeats: the stream is open")
                    .isNotNull();
        } finally {
            EmbeddedMongo.restart();
        }
        try (stream) {
            SseClient.Event caughtUp = stream.nextAnswer(PATIENCE);
            assertThat(caughtUp).as("the answer, once MongoDB is back").isNotNull();
            assertThat(caughtUp.id()).isEqualTo(ranking.id() + ":" + prices.id());
            assertThat(caughtUp.data())
                    .isEqualTo(api.get("/api/v1/top?limit=7&start=2").body());
        }
    }

    @Test
    void withRedisDownThePollBringsTheNewAnswer() throws Exception {
        try (SseClient stream = SseClient.open(url("?limit=3"))) {
            assertThat(stream.nextAnswer(PATIENCE)).isNotNull();
            Snapshot newPrices;
            EmbeddedRedis.stop();
            try {
                // No notice can reach the front API now; the snapshot is only in MongoDB.
                newPrices = fixtures.publishPricesQuietly(withBitcoinAt("88888"));
                assertThat(stream.nextAnswer(Duration.ofSeconds(2))).isNull();
                // What the fallback poll (topcoins.api.snapshot-poll-interval) does every few seconds.
                currentSnapshots.refresh();
                SseClient.Event event = stream.nextAnswer(PATIENCE);
                assertThat(event).isNotNull();
                assertThat(event.id()).isEqualTo(ranking.id() + ":" + newPrices.id());
                assertThat(event.data()).contains("\"priceUsd\":88888");
            } finally {
                EmbeddedRedis.start();
                // The listener resubscribes by itself; until it has, the next test's notices would be lost.
                Awaitility.await().atMost(Duration.ofSeconds(30)).until(this::aNoticeReachesTheService);
            }
        }
    }

    /** Publishes a price snapshot and says whether its notice made the service answer from it within a second. */
    private boolean aNoticeReachesTheService() {
        String published = fixtures.publishPrices(SnapshotFixtures.PRICES).id();
        return api.await(
                        "/api/v1/top?limit=1",
                        r -> published.equals(
                                r.headers().firstValue("X-Price-Snapshot").orElse(null)),
                        Duration.ofSeconds(1))
                .headers()
                .firstValue("X-Price-Snapshot")
                .orElse("")
                .equals(published);
    }

    @Test
    void clientsThatNeverReadAreDroppedAtTheWriteTimeoutAndDelayTheOthersBoundedly() throws Exception {
        // 500 rows: each answer far more than a connection's socket buffers hold, so a stream nobody reads blocks.
        List<SnapshotFixtures.Ranked> many = new ArrayList<>();
        for (int i = 1; i <= 500; i++) {
            many.add(SnapshotFixtures.ranked("S" + i, "Coin number " + i));
        }
        Snapshot bigRanking = fixtures.publishRanking(many);
        api.awaitServing("/api/v1/top?limit=500", bigRanking, prices);
        List<Socket> stalled = new ArrayList<>();
        try (SseClient reader = SseClient.open(url("?limit=500"))) {
            assertThat(reader.nextAnswer(PATIENCE)).isNotNull();
            // More streams that never read than there are send threads.
            for (int i = 0; i < 6; i++) {
                Socket socket = new Socket();
                socket.setReceiveBufferSize(4096);
                socket.connect(new InetSocketAddress("127.0.0.1", port));
                socket.getOutputStream()
                        .write(
                                "GET /api/v1/top/stream?limit=500 HTTP/1.1\r\nHost: test\r\nAccept: text/event-stream\r\n\r\n"
                                        .getBytes(StandardCharsets.US_ASCII));
                stalled.add(socket);
            }
            Awaitility.await().atMost(PATIENCE).until(() -> topStream.subscribers() == 7);
            long start = System.nanoTime();
            long slowest = 0;
            for (int i = 0; i < 3; i++) {
                long published = System.nanoTime();
                Snapshot newPrices = fixtures.publishPrices(withBitcoinAt("8" + (1000 + i)));
                SseClient.Event event = reader.nextAnswer(Duration.ofSeconds(30));
                assertThat(event)
                        .as("publish %d reaches the client that reads", i)
                        .isNotNull();
                assertThat(event.id()).endsWith(newPrices.id());
                slowest = Math.max(slowest, (System.nanoTime() - published) / 1_000_000);
            }
            // Their writes time out (server.tomcat.connection-timeout): dropped, their send threads free again.
            Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> topStream.subscribers() == 1);
            System.out.printf(
                    "RELIABILITY stream-stalled-clients: 6 streams that never read beside one that does: each of 3 "
                            + "publishes reached the reader within %d ms; the 6 were dropped %d ms after the first "
                            + "publish%n",
                    slowest, (System.nanoTime() - start) / 1_000_000);
        } finally {
            for (Socket socket : stalled) {
                socket.close();
            }
        }
    }

    @Test
    void badParametersAreProblemsBeforeAnyStream() {
        HttpResponse<String> at = api.get("/api/v1/top/stream?at=2026-01-01T00:00:00Z");
        assertThat(at.statusCode()).isEqualTo(400);
        assertThat(at.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(at.body()).contains("GET /api/v1/top?at=");
        HttpResponse<String> limit = api.get("/api/v1/top/stream?limit=0", "Accept", "text/event-stream");
        assertThat(limit.statusCode()).isEqualTo(400);
        assertThat(limit.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    private static List<Priced> withBitcoinAt(String price) {
        List<Priced> prices = new ArrayList<>(SnapshotFixtures.PRICES);
        Priced btc = prices.get(0);
        prices.set(0, SnapshotFixtures.priced(btc.cmcId(), btc.symbol(), btc.name(), btc.cmcRank(), price));
        return prices;
    }
}
