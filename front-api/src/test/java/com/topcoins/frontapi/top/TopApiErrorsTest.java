package com.topcoins.frontapi.top;

import static org.assertj.core.api.Assertions.assertThat;

import com.topcoins.common.snapshot.Snapshot;
import com.topcoins.frontapi.ApiClient;
import com.topcoins.frontapi.FrontApiTest;
import com.topcoins.frontapi.SnapshotFixtures;
import java.net.http.HttpResponse;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Every bad request is a 4xx problem+json naming what is wrong; never a 500. */
@FrontApiTest
class TopApiErrorsTest {

    @LocalServerPort
    private int port;

    @Autowired
    private SnapshotFixtures fixtures;

    private ApiClient api;
    private final JsonMapper json = JsonMapper.builder().build();
    private Snapshot ranking;

    @BeforeEach
    void publishFixtures() {
        api = new ApiClient(port);
        ranking = fixtures.publishRanking(SnapshotFixtures.RANKING);
        Snapshot prices = fixtures.publishPrices(SnapshotFixtures.PRICES);
        api.awaitServing("/?limit=1", ranking, prices);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "limit=-1",
                "limit=0",
                "limit=abc",
                "limit=501",
                "limit=1.5",
                "limit=",
                "limit=99999999999999999999",
                "limit=%20",
                "start=0",
                "start=-5",
                "start=abc",
                "start=501",
                "format=xml",
                "format=",
                "format=json,csv",
                "at=yesterday",
                "at=",
                "at=2026-13-01T00:00:00Z",
                "at=2999-01-01T00:00:00Z",
                "limit=1&limit=2",
                "format=csv&format=json",
                "unknown=1",
                "LIMIT=5",
                // Digits of other scripts (Arabic-Indic, full-width), a sign, spaces: Integer.parseInt takes them all.
                "limit=%D9%A5",
                "limit=%EF%BC%95",
                "start=%D9%A1",
                "limit=%2B5",
                "limit=%205",
                "start=1%20",
                "limit=00000000000000000005",
                // Instants a date cannot hold, or before any snapshot could exist.
                "at=-999999999-01-01T00:00:00Z",
                "at=%2B999999999-12-31T23:59:59Z",
                "at=1969-12-31T23:59:59Z"
            })
    void badParameterIs400ProblemJson(String query) {
        HttpResponse<String> response = api.get("/?" + query);

        assertProblem(response, 400);
        assertThat(json.readTree(response.body()).path("parameter").asString()).isNotBlank();
        assertThat(api.get("/api/v1/top?" + query).statusCode()).isEqualTo(400);
    }

    @Test
    void badParameterIs400ForABrowserToo_asAnHtmlPage() {
        HttpResponse<String> response =
                api.get("/?limit=0", "Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(response.body())
                .contains("Error 400", "Bad Request", "&#39;limit&#39; must be from 1 to 500, not 0", "href=\"/\"")
                .doesNotContain("Exception", "at com.", "at org.");
        // A browser asking for data, or any client that does not name text/html, still gets problem+json.
        assertProblem(api.get("/?limit=0", "Accept", "text/html;q=0.5, application/json"), 400);
        assertProblem(api.get("/?limit=0", "Accept", "text/*"), 400);
        assertProblem(api.get("/?limit=0", "Accept", "*/*"), 400);
    }

    @Test
    void unknownPathIs404ForABrowser_asAnHtmlPage() {
        HttpResponse<String> response = api.get("/nothing-here", "Accept", "text/html");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(response.body()).contains("Error 404");
        assertProblem(api.get("/nothing-here"), 404);
    }

    @Test
    void instantBeforeAnyRetainedSnapshotIs404() {
        HttpResponse<String> response = api.get("/?at=2000-01-01T00:00:00Z");

        assertProblem(response, 404);
        assertThat(json.readTree(response.body()).path("detail").asString()).contains("2000-01-01T00:00:00Z");
    }

    @Test
    void instantAfterTheSnapshotsAnswers() {
        assertThat(api.get("/?limit=1&at=" + Instant.now()).statusCode()).isEqualTo(200);
        assertThat(api.get("/?limit=1&at=" + ranking.completedAt().toString().replace("Z", "%2B00:00"))
                        .statusCode())
                .isEqualTo(200);
    }

    @Test
    void unacceptableAcceptIs406Problem() {
        assertProblem(api.get("/", "Accept", "application/xml"), 406);
        assertProblem(api.get("/", "Accept", "image/png"), 406);
    }

    @Test
    void unparseableAcceptIs400() {
        assertProblem(api.get("/", "Accept", "this is not a media type"), 400);
    }

    @Test
    void anAcceptListingTooManyMediaTypesIs400() {
        String sixty = java.util.stream.IntStream.range(0, 60)
                .mapToObj(i -> "text/x-" + i)
                .collect(java.util.stream.Collectors.joining(", "));
        HttpResponse<String> response = api.get("/", "Accept", sixty);

        assertProblem(response, 400);
        assertThat(json.readTree(response.body()).path("parameter").asString()).isEqualTo("Accept");
        assertProblem(api.get("/nothing-here", "Accept", sixty), 404);
    }

    @Test
    void moreParametersThanTomcatParsesIs400SayingSo() {
        String query = java.util.stream.IntStream.range(0, 1_100)
                .mapToObj(i -> "p" + i + "=1")
                .collect(java.util.stream.Collectors.joining("&"));
        HttpResponse<String> response = api.get("/?" + query);

        assertProblem(response, 400);
        assertThat(json.readTree(response.body()).path("detail").asString()).contains("more than 16 parameters");
        assertThat(new com.topcoins.frontapi.RawHttp(port)
                        .send("GET", "/?limit=%ZZ")
                        .body())
                .contains("percent-encoding");
    }

    @ParameterizedTest
    @ValueSource(strings = {"//", "//x", "///api/v1/top", "/error", "/error/", "/error?x=1"})
    void oddPathsAre404ProblemsWithAValidInstance(String path) {
        HttpResponse<String> response = api.get(path);

        assertProblem(response, 404);
        assertThat(json.readTree(response.body()).path("instance").asString())
                .startsWith("/")
                .doesNotStartWith("//");
    }

    @Test
    void anHttp09RequestGetsNoAnswerBody() throws Exception {
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write("GET /?limit=1\r\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            // HTTP/0.9 has no status line: any bytes would look like a successful answer.
            assertThat(socket.getInputStream().readAllBytes()).isEmpty();
        }
    }

    @Test
    void anIfModifiedSinceInTheFutureIsIgnored() {
        String lastModified =
                api.get("/?limit=1").headers().firstValue("Last-Modified").orElseThrow();
        assertThat(api.get("/?limit=1", "If-Modified-Since", lastModified).statusCode())
                .isEqualTo(304);

        String future = java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME.format(
                java.time.ZonedDateTime.now(java.time.ZoneOffset.UTC).plusYears(10));
        HttpResponse<String> response = api.get("/?limit=1", "If-Modified-Since", future);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"rank\":1");
    }

    @Test
    void wrongMethodIs405Problem() {
        assertProblem(api.send("POST", "/"), 405);
        assertProblem(api.send("DELETE", "/api/v1/top"), 405);
    }

    @Test
    void unknownPathIs404Problem() {
        assertProblem(api.get("/api/v1/nothing-here"), 404);
    }

    private void assertProblem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = json.readTree(response.body());
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(problem.path("title").asString()).isNotBlank();
        assertThat(response.body()).doesNotContain("Exception", "at com.", "at org.");
    }
}
