package com.topcoins.frontapi.docs;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialects;
import com.topcoins.common.snapshot.Snapshot;
import com.topcoins.frontapi.ApiClient;
import com.topcoins.frontapi.ApiProperties;
import com.topcoins.frontapi.FrontApiTest;
import com.topcoins.frontapi.SnapshotFixtures;
import com.topcoins.frontapi.door.DoorProperties;
import jakarta.servlet.Filter;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The OpenAPI document against reality: real answers of every kind (a 200 with unpriced rows, 400, 404, 406, 429,
 * 503 problems) are validated against the schema the document declares for their status and media type, so a field
 * typed non-nullable that is sent null, or one sent but not declared (the answer schemas forbid extra properties),
 * fails here. Plus what a reader of the document needs: its title, unique operation ids, configured bounds, and
 * {@code Retry-After} where the service sends it.
 */
@FrontApiTest
class OpenApiContractTest {

    private static final String DOCUMENT = "https://top-coins.test/v3/api-docs";

    @LocalServerPort
    private int port;

    @Autowired
    private SnapshotFixtures fixtures;

    @Autowired
    private ApiProperties properties;

    @Autowired
    private DoorProperties door;

    @Autowired
    @Qualifier("clientConcurrencyFilter")
    private FilterRegistrationBean<?> clientConcurrencyFilter;

    private final JsonMapper json = JsonMapper.builder().build();
    private ApiClient api;
    private JsonNode document;

    @BeforeEach
    void fetchDocument() {
        api = new ApiClient(port);
        HttpResponse<String> docs = api.get("/v3/api-docs");
        assertThat(docs.statusCode()).isEqualTo(200);
        document = json.readTree(docs.body());
    }

    @Test
    void saysWhatTheApiIs() {
        assertThat(document.path("openapi").asString()).startsWith("3.1");
        JsonNode info = document.path("info");
        assertThat(info.path("title").asString()).isEqualTo("Top Coins API");
        assertThat(info.path("version").asString()).isEqualTo("v1");
        assertThat(info.path("description").asString())
                .contains("CryptoCompare", "CoinMarketCap", "snapshot", "README");
        assertThat(document.path("tags").findValuesAsString("name")).contains(OpenApiConfiguration.TAG_TOP);
        assertThat(document.path("tags").get(0).path("description").asString()).isNotBlank();
    }

    @Test
    void everyOperationHasItsOwnNamedId() {
        List<String> ids = new ArrayList<>();
        for (JsonNode path : document.path("paths")) {
            for (JsonNode operation : path) {
                ids.add(operation.path("operationId").asString());
                assertThat(operation.path("tags").toString()).doesNotContain("-controller");
            }
        }
        assertThat(ids).doesNotHaveDuplicates().noneMatch(id -> id.isEmpty() || id.matches(".*_\\d+"));
        assertThat(operation("/api/v1/top").path("operationId").asString()).isEqualTo("getTop");
        assertThat(operation("/").path("operationId").asString()).isEqualTo("getTopRoot");
    }

    @Test
    void parametersCarryTheConfiguredBounds() {
        for (String path : List.of("/", "/api/v1/top")) {
            JsonNode limit = parameter(path, "limit").path("schema");
            assertThat(limit.path("minimum").asInt()).isEqualTo(1);
            assertThat(limit.path("maximum").asInt()).isEqualTo(properties.maxLimit());
            assertThat(limit.path("default").asInt())
                    .isEqualTo(Math.min(properties.defaultLimit(), properties.maxLimit()));
            JsonNode start = parameter(path, "start").path("schema");
            assertThat(List.of(
                            start.path("minimum").asInt(),
                            start.path("maximum").asInt(),
                            start.path("default").asInt()))
                    .containsExactly(1, properties.maxLimit(), 1);
            assertThat(parameter(path, "format").path("schema").path("enum").toString())
                    .isEqualTo("[\"json\",\"csv\"]");
            assertThat(parameter(path, "at").path("schema").path("format").asString())
                    .isEqualTo("date-time");
            assertThat(parameter(path, "If-None-Match").path("in").asString()).isEqualTo("header");
        }
    }

    @Test
    void errorsAreProblemsAndRetryAfterIsDeclaredWhereItIsSent() {
        JsonNode responses = operation("/api/v1/top").path("responses");
        assertThat(responses.propertyNames()).contains("200", "304", "400", "404", "406", "429", "503");
        for (String status : List.of("400", "404", "406", "429", "503")) {
            JsonNode response = resolve(responses.path(status));
            assertThat(response.path("content").propertyNames()).as(status).containsExactly("application/problem+json");
            assertThat(resolve(response.path("content")
                                    .path("application/problem+json")
                                    .path("schema"))
                            .path("required")
                            .toString())
                    .as(status)
                    .contains("title", "status");
            boolean retryAfter = status.equals("429") || status.equals("503");
            assertThat(response.path("headers").has("Retry-After")).as(status).isEqualTo(retryAfter);
            if (retryAfter) {
                assertThat(resolve(response.path("headers").path("Retry-After"))
                                .path("schema")
                                .path("type")
                                .asString())
                        .isEqualTo("integer");
            }
        }
        assertThat(resolve(responses.path("200")).path("content").propertyNames())
                .containsExactlyInAnyOrder("application/json", "text/csv", "text/html");
        assertThat(resolve(responses.path("304")).has("content")).isFalse();
    }

    @Test
    void realAnswersMatchTheirDeclaredSchemas() throws Exception {
        for (String schema : List.of("TopPage", "TopRow", "Problem")) {
            assertThat(document.path("components")
                            .path("schemas")
                            .path(schema)
                            .path("additionalProperties")
                            .asBoolean(true))
                    .as("%s forbids undeclared properties, so validation catches a missing one", schema)
                    .isFalse();
        }
        HttpResponse<String> ok = servingTheFixtures();
        JsonNode rows = json.readTree(ok.body()).path("data");
        assertThat(rows.valueStream().filter(row -> row.path("priceUsd").isNull()))
                .as("the answer has an unpriced row, whose nulls the schema must allow")
                .isNotEmpty();
        assertMatches("/api/v1/top", ok);
        assertMatches("/", api.get("/?limit=10&start=2"));

        assertMatches("/api/v1/top", api.get("/api/v1/top?limit=0"), 400);
        assertMatches("/api/v1/top", api.get("/api/v1/top?at=2000-01-01T00:00:00Z"), 404);
        assertMatches("/api/v1/top", api.get("/api/v1/top", "Accept", "application/xml"), 406);
        // Tomcat's own rejection (a header over max-http-request-header-size) is a 400 problem too.
        assertMatches("/api/v1/top", api.get("/api/v1/top", "X-Big", "x".repeat(10_000)), 400);
        MockHttpServletResponse rejected = tooManyRequests();
        assertThat(rejected.getStatus()).isEqualTo(429);
        assertThat(rejected.getHeader("Retry-After")).isNotBlank();
        assertMatches("/api/v1/top", 429, rejected.getContentType().split(";")[0], rejected.getContentAsString());

        fixtures.clear();
        HttpResponse<String> unavailable = api.get("/api/v1/top?limit=7");
        assertThat(unavailable.headers().firstValue("Retry-After")).isPresent();
        assertMatches("/api/v1/top", unavailable, 503);
    }

    @Test
    void theStreamTakesTheWindowParametersWithTheirBounds() {
        String path = "/api/v1/top/stream";
        assertThat(operation(path).path("operationId").asString()).isEqualTo("streamTop");
        assertThat(parameter(path, "limit").path("schema").path("maximum").asInt())
                .isEqualTo(properties.maxLimit());
        assertThat(parameter(path, "start").path("schema").path("maximum").asInt())
                .isEqualTo(properties.maxLimit());
        assertThat(parameter(path, "Last-Event-ID").path("in").asString()).isEqualTo("header");
        assertThat(resolve(operation(path).path("responses").path("200"))
                        .path("content")
                        .propertyNames())
                .containsExactly("text/event-stream");
        assertMatches(path, api.get(path + "?at=2026-01-01T00:00:00Z"), 400);
    }

    @Test
    void assetAnswersMatchTheirDeclaredSchemas() {
        servingTheFixtures();
        for (String schema : List.of("AssetAnswer", "Candidate", "AssetHistory", "Point")) {
            assertThat(document.path("components")
                            .path("schemas")
                            .path(schema)
                            .path("additionalProperties")
                            .asBoolean(true))
                    .as("%s forbids undeclared properties", schema)
                    .isFalse();
        }
        String asset = "/api/v1/assets/{symbol}";
        String history = "/api/v1/assets/{symbol}/history";
        // NOPE is unpriced (nulls), HOT has several candidates, cUSDC matches only ignoring case.
        for (String symbol : List.of("NOPE", "HOT", "cusdc")) {
            assertMatches(asset, api.get("/api/v1/assets/" + symbol));
            assertMatches(history, api.get("/api/v1/assets/" + symbol + "/history"));
        }
        assertMatches(asset, api.get("/api/v1/assets/ZZZ"), 404);
        assertMatches(asset, api.get("/api/v1/assets/no!pe"), 400);
        assertMatches(history, api.get("/api/v1/assets/BTC/history?from=nonsense"), 400);
        assertMatches(history, api.get("/api/v1/assets/BTC/history", "Accept", "application/xml"), 406);
        fixtures.clear();
        assertMatches(asset, api.get("/api/v1/assets/BTC"), 503);
    }

    @Test
    void theValidationWouldCatchANullableFieldTypedNonNullOrAnUndeclaredOne() {
        JsonNode answer = json.readTree(servingTheFixtures().body());
        String schema = "/components/schemas/TopPage";
        assertThat(errors(document, schema, answer)).isEmpty();

        JsonNode nonNullablePrice = document.deepCopy();
        ((ObjectNode) nonNullablePrice.at("/components/schemas/TopRow/properties/priceUsd")).put("type", "number");
        assertThat(errors(nonNullablePrice, schema, answer)).isNotEmpty();

        JsonNode undeclaredId = document.deepCopy();
        ((ObjectNode) undeclaredId.at("/components/schemas/TopRow/properties")).remove("coinmarketcapId");
        assertThat(errors(undeclaredId, schema, answer)).isNotEmpty();
    }

    /** The fixtures alone in the database (their NOPE row is unpriced), and the first answer from them. */
    private HttpResponse<String> servingTheFixtures() {
        fixtures.clear();
        Snapshot ranking = fixtures.publishRanking(SnapshotFixtures.RANKING);
        Snapshot prices = fixtures.publishPrices(SnapshotFixtures.PRICES);
        return api.awaitServing("/api/v1/top?limit=10", ranking, prices);
    }

    /** A 200 in the media type it came in: the schema of {@code responses/200/content/<type>}. */
    private void assertMatches(String path, HttpResponse<String> response) {
        assertMatches(path, response, 200);
    }

    private void assertMatches(String path, HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        String mediaType = response.headers()
                .firstValue("Content-Type")
                .orElseThrow()
                .split(";")[0]
                .trim();
        assertMatches(path, status, mediaType, response.body());
    }

    private void assertMatches(String path, int status, String mediaType, String body) {
        String response = "/paths/" + escape(path) + "/get/responses/" + status;
        JsonNode declared = document.at(response);
        if (declared.has("$ref")) {
            response = declared.path("$ref").asString().substring(1);
        }
        String schema = response + "/content/" + escape(mediaType) + "/schema";
        assertThat(document.at(schema).isMissingNode())
                .as("%s %d declares a schema for %s", path, status, mediaType)
                .isFalse();
        assertThat(errors(document, schema, json.readTree(body)))
                .as("%s %d %s: %s", path, status, mediaType, body)
                .isEmpty();
    }

    /** The body validated against the schema at a JSON pointer of the document, its {@code $ref}s resolved there. */
    private static List<Error> errors(JsonNode document, String schemaPointer, JsonNode body) {
        SchemaRegistry registry = SchemaRegistry.withDialect(
                Dialects.getOpenApi31(),
                builder -> builder.schemas(Map.of(DOCUMENT, document.toString()))
                        .schemaRegistryConfig(SchemaRegistryConfig.builder()
                                .formatAssertionsEnabled(true)
                                .build()));
        return registry.getSchema(SchemaLocation.of(DOCUMENT + "#" + schemaPointer))
                .validate(body);
    }

    /**
     * The front door's answer to one request more than a client may have in progress: the filter the service runs,
     * with the client's other requests held in the chain (over real HTTP it takes clients that stop reading).
     */
    private MockHttpServletResponse tooManyRequests() throws Exception {
        Filter filter = clientConcurrencyFilter.getFilter();
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch held = new CountDownLatch(door.concurrentRequestsPerClient());
        ExecutorService threads = Executors.newFixedThreadPool(door.concurrentRequestsPerClient());
        try {
            for (int i = 0; i < door.concurrentRequestsPerClient(); i++) {
                threads.submit(() -> {
                    filter.doFilter(request(), new MockHttpServletResponse(), (request, response) -> {
                        held.countDown();
                        try {
                            release.await(10, TimeUnit.SECONDS);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                    });
                    return null;
                });
            }
            assertThat(held.await(10, TimeUnit.SECONDS)).isTrue();
            MockHttpServletResponse rejected = new MockHttpServletResponse();
            filter.doFilter(request(), rejected, (request, response) -> {
                throw new AssertionError("past the limit, nothing reaches the application");
            });
            return rejected;
        } finally {
            release.countDown();
            threads.shutdown();
            assertThat(threads.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        }
    }

    private static MockHttpServletRequest request() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/top");
        request.setRemoteAddr("192.0.2.77");
        return request;
    }

    private JsonNode operation(String path) {
        return document.path("paths").path(path).path("get");
    }

    private JsonNode parameter(String path, String name) {
        for (JsonNode parameter : operation(path).path("parameters")) {
            JsonNode resolved = resolve(parameter);
            if (resolved.path("name").asString().equals(name)) {
                return resolved;
            }
        }
        throw new AssertionError(path + " documents no parameter " + name);
    }

    private JsonNode resolve(JsonNode node) {
        Set<String> seen = new HashSet<>();
        while (node.has("$ref")) {
            String ref = node.path("$ref").asString();
            assertThat(seen.add(ref)).as("a $ref cycle at %s", ref).isTrue();
            assertThat(ref).startsWith("#/");
            node = document.at(ref.substring(1));
            assertThat(node.isMissingNode()).as("%s resolves", ref).isFalse();
        }
        return node;
    }

    private static String escape(String pointerToken) {
        return pointerToken.replace("~", "~0").replace("/", "~1");
    }
}
