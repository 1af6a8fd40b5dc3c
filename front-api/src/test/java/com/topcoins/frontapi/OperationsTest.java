package com.topcoins.frontapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What operators rely on: health probes, Prometheus metrics, the OpenAPI document and Swagger UI. */
@FrontApiTest
class OperationsTest {

    @LocalServerPort
    private int port;

    @LocalManagementPort
    private int managementPort;

    @Autowired
    private SnapshotFixtures fixtures;

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void healthProbesCoverMongoAndRedis() {
        ApiClient api = new ApiClient(managementPort);
        JsonNode health = json.readTree(api.get("/actuator/health").body());
        assertThat(health.path("status").asString()).isEqualTo("UP");
        assertThat(health.path("components").path("mongo").path("status").asString())
                .isEqualTo("UP");
        assertThat(health.path("components").path("redis").path("status").asString())
                .isEqualTo("UP");

        HttpResponse<String> readiness = api.get("/actuator/health/readiness");
        assertThat(readiness.statusCode()).isEqualTo(200);
        JsonNode components = json.readTree(readiness.body()).path("components");
        assertThat(components.path("mongo").path("status").asString()).isEqualTo("UP");
        assertThat(components.path("redis").path("status").asString()).isEqualTo("UP");
        assertThat(api.get("/actuator/health/liveness").statusCode()).isEqualTo(200);
    }

    @Test
    void prometheusExposesCacheHitsMissesAndSnapshotAges() {
        ApiClient api = new ApiClient(port);
        var prices = fixtures.publishPrices(List.of(SnapshotFixtures.priced(1, "BTC", "Bitcoin", 1, "1")));
        fixtures.publishRanking(List.of(SnapshotFixtures.ranked("BTC", "Bitcoin")));
        api.awaitServing("/?limit=1", null, prices);
        api.get("/?limit=1");

        String metrics =
                new ApiClient(managementPort).get("/actuator/prometheus").body();

        assertThat(metrics)
                .containsPattern("cache_gets_total\\{cache=\"top\".*result=\"hit\".*} [1-9]")
                .containsPattern("cache_gets_total\\{cache=\"top\".*result=\"miss\".*} [1-9]")
                .containsPattern("topcoins_snapshot_age_seconds\\{.*source=\"cryptocompare\".*} \\d")
                .containsPattern("topcoins_snapshot_age_seconds\\{.*source=\"coinmarketcap\".*} \\d")
                .containsPattern("topcoins_snapshot_data_age_seconds\\{.*source=\"cryptocompare\".*} \\d")
                .containsPattern("topcoins_snapshot_data_age_seconds\\{.*source=\"coinmarketcap\".*} \\d");
    }

    @Test
    void noRequestHeaderIsReflectedInTheApiDocument() {
        ApiClient api = new ApiClient(port);
        String document = api.get(
                        "/v3/api-docs",
                        "X-Forwarded-Host",
                        "evil.example",
                        "X-Forwarded-Proto",
                        "gopher",
                        "X-Forwarded-Prefix",
                        "/evil",
                        "Forwarded",
                        "host=evil.example")
                .body();
        assertThat(document).doesNotContain("evil", "gopher");
        // Host itself cannot be set through java.net.http; RawHttp sends it as given.
        RawHttp.Response raw = new RawHttp(port).send("GET", "/v3/api-docs", "Host: evil.example");
        assertThat(raw.status()).isEqualTo(200);
        assertThat(raw.body()).doesNotContain("evil");
    }

    @Test
    void openApiDocumentAndSwaggerUi() {
        ApiClient api = new ApiClient(port);
        HttpResponse<String> docs = api.get("/v3/api-docs");
        assertThat(docs.statusCode()).isEqualTo(200);
        JsonNode openApi = json.readTree(docs.body());
        assertThat(openApi.path("paths").has("/api/v1/top")).isTrue();
        // Parameters inline or shared (a $ref to components/parameters, where the window's bounds are set).
        assertThat(openApi.path("paths")
                                .path("/api/v1/top")
                                .path("get")
                                .path("parameters")
                                .toString()
                        + openApi.path("components").path("parameters").toString())
                .contains("\"limit\"", "\"start\"", "\"format\"", "\"at\"");

        assertThat(openApi.path("servers").toString()).isEqualTo("[{\"url\":\"/\",\"description\":\"this server\"}]");

        HttpResponse<String> ui = api.get("/docs");
        assertThat(ui.statusCode()).isIn(200, 302);
        assertThat(api.get("/swagger-ui/index.html").body()).contains("Swagger UI");
    }
}
