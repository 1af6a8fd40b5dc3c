package com.topcoins.frontapi.stream;

import static org.assertj.core.api.Assertions.assertThat;

import com.topcoins.frontapi.ApiClient;
import com.topcoins.frontapi.FrontApiTest;
import com.topcoins.frontapi.SnapshotFixtures;
import com.topcoins.frontapi.SseClient;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * The stream's bounds, from two clients (127.0.0.1 and ::1 count as two addresses): a client past its share gets
 * 429, anyone past the total 503, both problem+json with Retry-After; a closed stream frees its place.
 */
@FrontApiTest
@TestPropertySource(properties = {"topcoins.stream.max-subscribers=3", "topcoins.stream.max-per-client=2"})
class StreamLimitsTest {

    @LocalServerPort
    private int port;

    @Autowired
    private SnapshotFixtures fixtures;

    @Autowired
    private TopStream topStream;

    @Test
    void aClientPastItsShareGets429AndAnyonePastTheTotal503() throws Exception {
        fixtures.clear();
        new ApiClient(port)
                .awaitServing(
                        "/?limit=1",
                        fixtures.publishRanking(SnapshotFixtures.RANKING),
                        fixtures.publishPrices(SnapshotFixtures.PRICES));
        List<SseClient> open = new ArrayList<>();
        try {
            open.add(SseClient.open(url("127.0.0.1")));
            open.add(SseClient.open(url("127.0.0.1")));
            HttpResponse<String> third = plainGet(url("127.0.0.1"));
            assertThat(third.statusCode()).isEqualTo(429);
            assertThat(third.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(third.headers().firstValue("Retry-After")).isPresent();
            assertThat(third.body()).contains("already holds 2 streams");

            open.add(SseClient.open(url("[::1]")));
            HttpResponse<String> full = plainGet(url("[::1]"));
            assertThat(full.statusCode()).isEqualTo(503);
            assertThat(full.headers().firstValue("Retry-After")).isPresent();
            assertThat(full.body()).contains("All 3 streams are taken");

            for (SseClient stream : open) {
                assertThat(stream.response().statusCode()).isEqualTo(200);
                assertThat(stream.nextAnswer(Duration.ofSeconds(10))).isNotNull();
            }
            open.remove(0).close();
            // Noticed at the next heartbeat: the place is free again.
            Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> topStream.subscribers() == 2);
            open.add(SseClient.open(url("127.0.0.1")));
            assertThat(open.get(2).response().statusCode()).isEqualTo(200);
        } finally {
            open.forEach(SseClient::close);
        }
    }

    private String url(String host) {
        return "http://" + host + ":" + port + "/api/v1/top/stream?limit=2";
    }

    /** The refusal's whole body: a refused stream is an ordinary, finished answer. */
    private static HttpResponse<String> plainGet(String url) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(url))
                                .header("Accept", "text/event-stream")
                                .timeout(Duration.ofSeconds(10))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }
}
