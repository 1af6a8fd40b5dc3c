package com.topcoins.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Base of the HTTP tests: real requests against {@link SimulatorServer}, faults and stats cleared before each
 * test. Bodies are parsed with big-decimal floats so that number literals can be inspected as sent.
 */
public abstract class SimulatorTest {

    public static final String CMC_KEY = "simulator-cmc-key";
    public static final String CC_KEY = "simulator-cc-key";
    public static final String LISTINGS = "/v1/cryptocurrency/listings/latest";
    public static final String QUOTES = "/v2/cryptocurrency/quotes/latest";
    public static final String TOTALVOL = "/data/top/totalvolfull";
    public static final String TOPTIER = "/data/top/totaltoptiervolfull";

    protected static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();
    protected static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    @BeforeEach
    void resetSimulator() {
        assertThat(send("DELETE", "/admin/faults", null).status()).isEqualTo(204);
        assertThat(send("DELETE", "/admin/stats", null).status()).isEqualTo(204);
    }

    /** A finished exchange. */
    public record Reply(int status, String contentType, String body) {

        public JsonNode json() {
            return MAPPER.readTree(body);
        }
    }

    protected static Reply cmc(String query) {
        return get(LISTINGS + query, "X-CMC_PRO_API_KEY", CMC_KEY);
    }

    protected static JsonNode cmcJson(String query) {
        Reply reply = cmc(query);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json();
    }

    protected static Reply cc(String path, String query) {
        return get(path + query, "authorization", "Apikey " + CC_KEY);
    }

    protected static JsonNode ccJson(String path, String query) {
        Reply reply = cc(path, query);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        JsonNode body = reply.json();
        assertThat(body.has("Response")).as(reply.body()).isFalse();
        return body;
    }

    protected static Reply get(String pathAndQuery, String... headers) {
        return get(SimulatorServer.uri(pathAndQuery), headers);
    }

    protected static Reply get(URI uri, String... headers) {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(20)).GET();
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return exchange(request.build());
    }

    protected static Reply send(String method, String pathAndQuery, Object jsonBody) {
        return send(method, SimulatorServer.uri(pathAndQuery), jsonBody);
    }

    protected static Reply send(String method, URI uri, Object jsonBody) {
        HttpRequest.BodyPublisher body = jsonBody == null
                ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(MAPPER.writeValueAsString(jsonBody));
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/json")
                .method(method, body)
                .build();
        return exchange(request);
    }

    /** Queues a fault through the admin API. */
    protected static JsonNode fault(String api, String kind, Map<String, Object> options) {
        Map<String, Object> body = new java.util.LinkedHashMap<>(options);
        body.put("api", api);
        body.put("kind", kind);
        Reply reply = send("POST", "/admin/faults", body);
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json();
    }

    protected static long tick(int steps) {
        Reply reply = send("POST", "/admin/tick?steps=" + steps, null);
        assertThat(reply.status()).isEqualTo(200);
        return reply.json().get("tick").asLong();
    }

    private static Reply exchange(HttpRequest request) {
        try {
            HttpResponse<String> response =
                    HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Reply(
                    response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""),
                    response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    protected static List<String> fieldNames(JsonNode node) {
        return new ArrayList<>(node.propertyNames());
    }

    protected static List<JsonNode> list(JsonNode array) {
        List<JsonNode> out = new ArrayList<>();
        array.forEach(out::add);
        return out;
    }
}
