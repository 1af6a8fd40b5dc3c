package com.topcoins.chaos.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.junit.jupiter.api.Test;

/** Against a loopback server this test starts: what goes on the wire, and how answers are judged. */
class NormalClientTest {

    @Test
    void sendsAFreshConnectionPerRequestAndJudgesTheStatus() throws Exception {
        ConcurrentLinkedQueue<String> requests = new ConcurrentLinkedQueue<>();
        try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            Thread acceptor = new Thread(() -> serve(server, requests));
            acceptor.setDaemon(true);
            acceptor.start();
            NormalClient client = new NormalClient(
                    new InetSocketAddress(InetAddress.getLoopbackAddress(), server.getLocalPort()),
                    InetAddress.getLoopbackAddress(),
                    "/?limit=200",
                    20,
                    Duration.ofSeconds(5),
                    8);
            client.start();
            await().atMost(Duration.ofSeconds(30))
                    .pollInterval(Duration.ofMillis(20))
                    .until(() -> client.snapshot().size() >= 4);
            List<Sample> samples = client.stop();

            assertThat(samples).hasSizeGreaterThanOrEqualTo(4);
            // The server answers 200 and 503 in turn.
            assertThat(samples).anyMatch(Sample::ok);
            assertThat(samples).anyMatch(s -> s.outcome() == Outcome.STATUS && s.status() == 503);
            assertThat(requests.peek())
                    .startsWith("GET /?limit=200 HTTP/1.1\r\nHost: 127.0.0.1:")
                    .contains("\r\nConnection: close\r\n\r\n");
        }
    }

    private static void serve(ServerSocket server, ConcurrentLinkedQueue<String> requests) {
        int n = 0;
        while (!server.isClosed()) {
            try (Socket socket = server.accept()) {
                InputStream in = socket.getInputStream();
                StringBuilder head = new StringBuilder();
                while (!head.toString().endsWith("\r\n\r\n")) {
                    int b = in.read();
                    if (b < 0) {
                        break;
                    }
                    head.append((char) b);
                }
                requests.add(head.toString());
                String answer = n++ % 2 == 0
                        ? "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok"
                        : "HTTP/1.1 503 \r\nContent-Length: 0\r\n\r\n";
                socket.getOutputStream().write(answer.getBytes(StandardCharsets.US_ASCII));
            } catch (IOException e) {
                return;
            }
        }
    }
}
