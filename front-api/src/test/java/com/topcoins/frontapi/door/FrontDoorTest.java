package com.topcoins.frontapi.door;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.topcoins.common.snapshot.Snapshot;
import com.topcoins.frontapi.ApiClient;
import com.topcoins.frontapi.FrontApiTest;
import com.topcoins.frontapi.SnapshotFixtures;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The limits at the door, over real sockets. Clients are told apart by source address: Linux routes
 * all of 127.0.0.0/8 over loopback, so a socket bound to 127.0.0.2 is another client than 127.0.0.1.
 */
@FrontApiTest
class FrontDoorTest {

    private static final String ATTACKER = "127.0.0.2";
    private static final String GREEDY = "127.0.0.3";
    private static final String STALLED = "127.0.0.4";
    private static final String TRICKLING = "127.0.0.5";

    @LocalServerPort
    private int port;

    @LocalManagementPort
    private int managementPort;

    @Autowired
    private SnapshotFixtures fixtures;

    @Autowired
    private DoorProperties door;

    private final List<Socket> opened = new ArrayList<>();
    private ApiClient api;

    @BeforeEach
    void publish() {
        api = new ApiClient(port);
        Snapshot ranking = fixtures.publishRanking(SnapshotFixtures.RANKING);
        Snapshot prices = fixtures.publishPrices(SnapshotFixtures.PRICES);
        api.awaitServing("/?limit=1", ranking, prices);
    }

    @AfterEach
    void closeSockets() throws IOException {
        for (Socket socket : opened) {
            socket.close();
        }
    }

    @Test
    void aClientPastItsConnectionLimitIsClosedAtAcceptWhileOthersAreServed() throws IOException {
        // Half-sent requests, as slowloris holds them.
        for (int i = 0; i < door.connectionsPerClient(); i++) {
            Socket held = connect(ATTACKER, 0);
            write(held, "GET /?limit=1 HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ");
        }

        Socket oneTooMany = connect(ATTACKER, 0);
        write(oneTooMany, "GET /?limit=1 HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
        assertThat(readAll(oneTooMany)).as("closed without an answer").isEmpty();
        assertThat(api.get("/?limit=1").statusCode()).as("another client").isEqualTo(200);
        assertThat(rejected("connections-per-client")).isPositive();

        for (Socket socket : opened) {
            socket.close();
        }
        opened.clear();
        // Counted down as Tomcat closes them: the same client is served again.
        await().atMost(Duration.ofSeconds(10)).until(() -> status(ATTACKER, "/?limit=1") == 200);
    }

    @Test
    void aConnectionThatSendsNothingIsClosedAfterTheConnectionTimeout() throws IOException {
        // No byte at all: no request has begun, so the request-header deadline does not apply; only
        // server.tomcat.connection-timeout (5 s) does, where a default Tomcat would wait 60 s.
        Socket stalled = connect(STALLED, 0);

        stalled.setSoTimeout(20_000);
        assertThat(stalled.getInputStream().read()).as("closed by the server").isEqualTo(-1);
    }

    @Test
    void aRequestHeadTricklingInIsClosedAtTheDeadlineAlthoughBytesKeepComing() throws Exception {
        Socket slow = connect(TRICKLING, 0);
        write(slow, "GET /?limit=1 HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ");
        long started = System.nanoTime();
        slow.setSoTimeout(250);
        boolean closed = false;
        // A byte every 250 ms resets Tomcat's own read timeout every time; the head never completes.
        while (!closed && System.nanoTime() - started < Duration.ofSeconds(30).toNanos()) {
            try {
                write(slow, "b");
                closed = slow.getInputStream().read() == -1;
            } catch (SocketTimeoutException e) {
                // no answer yet: keep trickling
            } catch (IOException e) {
                closed = true;
            }
        }
        assertThat(closed)
                .as("closed by the request-header deadline (%s)", door.requestHeaderTimeout())
                .isTrue();
        assertThat(rejected("request-header-timeout")).isPositive();
    }

    @Test
    void aClientThatDoesNotReadHoldsOnlyItsShareOfTheWorkers() throws IOException {
        // Answers larger than the socket buffers (the send buffer is topcoins.door.socket-send-buffer).
        List<SnapshotFixtures.Ranked> many = java.util.stream.IntStream.rangeClosed(1, 500)
                .mapToObj(i -> SnapshotFixtures.ranked("C" + i, "Coin " + i + " " + "x".repeat(400)))
                .toList();
        api.awaitServing("/?limit=1", fixtures.publishRanking(many), null);
        int limit = door.concurrentRequestsPerClient();
        for (int i = 0; i < limit; i++) {
            // A small receive window, and only the status line read: each blocks a worker writing
            // (until the connection timeout), holding one of the client's permits.
            Socket greedy = connect(GREEDY, 4096);
            write(greedy, "GET /?limit=500 HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
            assertThat(statusLine(greedy)).isEqualTo("HTTP/1.1 200");
        }

        // Past its limit the client gets 429 with Retry-After and the connection closes, dropping the
        // request pipelined behind (served normally, both would be answered).
        Socket extra = connect(GREEDY, 0);
        write(
                extra,
                "GET /?limit=1 HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"
                        + "GET /?limit=2 HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
        assertThat(readAll(extra))
                .startsWith("HTTP/1.1 429")
                .contains("Retry-After: 1", "Connection: close", "application/problem+json")
                .containsOnlyOnce("HTTP/1.1");
        assertThat(rejected("concurrent-requests-per-client")).isPositive();
        // The other clients keep the rest of the workers.
        for (int i = 0; i < 20; i++) {
            assertThat(api.get("/?limit=3").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void actuatorIsOnlyOnTheManagementPort() {
        assertThat(api.get("/actuator/prometheus").statusCode()).isEqualTo(404);
        assertThat(api.get("/actuator/health").statusCode()).isEqualTo(404);
        assertThat(new ApiClient(managementPort)
                        .get("/actuator/health/liveness")
                        .statusCode())
                .isEqualTo(200);
    }

    private long rejected(String limit) {
        String metrics =
                new ApiClient(managementPort).get("/actuator/prometheus").body();
        return metrics.lines()
                .filter(line ->
                        line.startsWith("topcoins_door_rejected_total{") && line.contains("limit=\"" + limit + "\""))
                .mapToLong(line -> (long) Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .sum();
    }

    private static String statusLine(Socket socket) throws IOException {
        socket.setSoTimeout(10_000);
        return new String(socket.getInputStream().readNBytes(12), StandardCharsets.ISO_8859_1);
    }

    private int status(String source, String path) throws IOException {
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(InetAddress.getByName(source), 0));
            socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
            socket.setSoTimeout(10_000);
            write(socket, "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
            String answer = readAll(socket);
            return answer.startsWith("HTTP/1.1 ") ? Integer.parseInt(answer.substring(9, 12)) : -1;
        }
    }

    private Socket connect(String source, int receiveBuffer) throws IOException {
        Socket socket = new Socket();
        opened.add(socket);
        if (receiveBuffer > 0) {
            socket.setReceiveBufferSize(receiveBuffer);
        }
        socket.bind(new InetSocketAddress(InetAddress.getByName(source), 0));
        socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
        return socket;
    }

    private static void write(Socket socket, String text) throws IOException {
        socket.getOutputStream().write(text.getBytes(StandardCharsets.US_ASCII));
        socket.getOutputStream().flush();
    }

    /** Everything until the server closes, at most 10 s; a reset after an answer keeps what arrived. */
    private static String readAll(Socket socket) {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try {
            socket.setSoTimeout(10_000);
            InputStream in = socket.getInputStream();
            byte[] buffer = new byte[8192];
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                bytes.write(buffer, 0, read);
            }
        } catch (SocketTimeoutException e) {
            throw new AssertionError("the server neither answered nor closed within 10 s", e);
        } catch (IOException e) {
            // Reset: the server closed with our unread requests still in its buffer.
        }
        return bytes.toString(StandardCharsets.ISO_8859_1);
    }
}
