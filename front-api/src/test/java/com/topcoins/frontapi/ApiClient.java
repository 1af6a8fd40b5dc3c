package com.topcoins.frontapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.topcoins.common.snapshot.Snapshot;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

/** Plain HTTP to the service under test: every status, header and byte as a client sees them. */
public final class ApiClient {

    private final HttpClient http = HttpClient.newHttpClient();
    private final String baseUrl;

    public ApiClient(int port) {
        this.baseUrl = "http://127.0.0.1:" + port;
    }

    /** GET with header name/value pairs. */
    public HttpResponse<String> get(String pathAndQuery, String... headers) {
        return send("GET", pathAndQuery, headers);
    }

    public HttpResponse<String> send(String method, String pathAndQuery, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + pathAndQuery))
                .method(method, HttpRequest.BodyPublishers.noBody())
                .timeout(Duration.ofSeconds(20));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Waits (up to 10 s) until {@code pathAndQuery} is answered from the given snapshots (a null one is
     * not checked): the Redis notification has reached the service. Fails the test if it never does.
     */
    public HttpResponse<String> awaitServing(String pathAndQuery, Snapshot ranking, Snapshot prices) {
        HttpResponse<String> response = await(
                pathAndQuery,
                r -> r.statusCode() == 200
                        && (ranking == null
                                || r.headers()
                                        .firstValue("X-Ranking-Snapshot")
                                        .orElse("")
                                        .equals(ranking.id()))
                        && (prices == null
                                || r.headers()
                                        .firstValue("X-Price-Snapshot")
                                        .orElse("")
                                        .equals(prices.id())),
                Duration.ofSeconds(10));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        if (ranking != null) {
            assertThat(response.headers().firstValue("X-Ranking-Snapshot")).contains(ranking.id());
        }
        if (prices != null) {
            assertThat(response.headers().firstValue("X-Price-Snapshot")).contains(prices.id());
        }
        return response;
    }

    /** Repeats a GET until its response satisfies {@code done}, for at most {@code patience}. */
    public HttpResponse<String> await(String pathAndQuery, Predicate<HttpResponse<String>> done, Duration patience) {
        AtomicReference<HttpResponse<String>> last = new AtomicReference<>();
        try {
            Awaitility.await()
                    .atMost(patience)
                    .pollDelay(Duration.ZERO)
                    .pollInterval(Duration.ofMillis(20))
                    .pollInSameThread()
                    .until(() -> {
                        last.set(get(pathAndQuery));
                        return done.test(last.get());
                    });
        } catch (ConditionTimeoutException e) {
            // Not done in time: the caller judges the last response (some expect exactly that).
        }
        return last.get() != null ? last.get() : get(pathAndQuery);
    }
}
