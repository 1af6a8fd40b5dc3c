package com.topcoins.frontapi.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.topcoins.common.snapshot.Snapshot;
import com.topcoins.frontapi.ApiClient;
import com.topcoins.frontapi.FrontApiTest;
import com.topcoins.frontapi.RawHttp;
import com.topcoins.frontapi.SnapshotFixtures;
import com.topcoins.frontapi.top.OutputFormat;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Seeded random and boundary requests — numbers, junk, repeats, unknown parameters, malformed
 * escapes, huge query strings, odd Accept headers, every method — over raw HTTP: no answer may be a
 * 5xx, and every 4xx must be a problem+json body (or, for a browser, an HTML page).
 */
@FrontApiTest
class BadInputFuzzTest {

    private static final int REQUESTS = 600;
    private static final String[] NUMBERS = {
        "-1",
        "0",
        "1",
        "2",
        "99",
        "100",
        "499",
        "500",
        "501",
        "1000",
        "2147483647",
        "2147483648",
        "-2147483649",
        "9223372036854775808",
        "1.5",
        "1e2",
        "0x1F",
        "",
        " ",
        "+5",
        "05",
        "null",
        "true",
        "NaN",
        "∞",
        "١٢",
        "５",
        "%00",
        "%20",
        "%2B1",
        "abc",
        "1;DROP TABLE",
        "${jndi:x}",
        "%ZZ",
        "%",
        "%e2%82",
        "<script>"
    };
    private static final String[] FORMATS = {
        "json", "csv", "JSON", "Csv", "xml", "html", "", "json,csv", "%00", "text/csv", "yaml"
    };
    private static final String[] INSTANTS = {
        "2026-11-24T12:00:00Z",
        "2000-01-01T00:00:00Z",
        "2999-01-01T00:00:00Z",
        "2026-11-24",
        "2026-11-24T12:00:00",
        "yesterday",
        "",
        "%2B01:00",
        "2026-11-24T12:00:00%2B01:00",
        "+999999999-12-31T23:59:59Z",
        "-999999999-01-01T00:00:00Z",
        "2026-02-30T00:00:00Z",
        "1732450000"
    };
    private static final String[] ACCEPTS = {
        "*/*",
        "application/json",
        "text/csv",
        "text/html",
        "application/xml",
        "image/png",
        "",
        "garbage",
        "*/*;q=abc",
        "text/*",
        "application/*;q=0",
        "text/csv;q=0, */*;q=0",
        "application/problem+json",
        ";;;",
        "text/html;level=1;q=0.5, text/csv",
        // More media types than Spring sorts.
        java.util.stream.IntStream.range(0, 60)
                .mapToObj(i -> "text/x-" + i)
                .collect(java.util.stream.Collectors.joining(","))
    };
    private static final String[] METHODS = {
        "GET", "GET", "GET", "GET", "GET", "GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "FOO"
    };
    private static final String[] PATHS = {
        "/",
        "/",
        "/api/v1/top",
        "/api/v1/top",
        "/api/v1/top/",
        "/api//v1/top",
        "/api/v1/top%00",
        "/%",
        "/..;/",
        "/api/v1/nothing",
        "/api/v1/top?",
        "/index.html",
        "//",
        "//x",
        "/error",
        "/error/x",
        "/v3/api-docs",
        "/actuator/health",
        "/docs"
    };
    private static final String[] PARAMETERS = {"limit", "start", "format", "at", "unknown", "LIMIT", "limit[]", ""};

    @LocalServerPort
    private int port;

    @LocalManagementPort
    private int managementPort;

    @Autowired
    private SnapshotFixtures fixtures;

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void noBadRequestGetsA5xxAndEvery4xxIsProblemJson() {
        Snapshot ranking = fixtures.publishRanking(SnapshotFixtures.RANKING);
        Snapshot prices = fixtures.publishPrices(SnapshotFixtures.PRICES);
        new ApiClient(port).awaitServing("/?limit=1", ranking, prices);

        RawHttp http = new RawHttp(port);
        Random random = new Random(20261124);
        List<String> failures = new ArrayList<>();
        int clientErrors = 0;
        int successes = 0;
        for (int i = 0; i < REQUESTS; i++) {
            String method = pick(random, METHODS);
            String target = pick(random, PATHS) + query(random, i);
            String accept = pick(random, ACCEPTS);
            RawHttp.Response response =
                    accept.isEmpty() ? http.send(method, target) : http.send(method, target, "Accept: " + accept);
            String request = method + " " + abbreviate(target) + " Accept: " + accept;
            if (response.status() >= 500) {
                failures.add(request + " -> " + response.status() + " " + abbreviate(response.body()));
            } else if (response.status() >= 400) {
                clientErrors++;
                String problem = problemError(method, accept, response);
                if (problem != null) {
                    failures.add(request + " -> " + response.status() + ": " + problem);
                }
            } else {
                successes++;
            }
        }

        System.out.printf(
                "RELIABILITY fuzz: %d requests, %d 5xx, %d 4xx (all problem+json: %s), %d 2xx/3xx%n",
                REQUESTS,
                failures.stream().filter(f -> f.matches(".* -> 5\\d\\d .*")).count(),
                clientErrors,
                failures.isEmpty() ? "yes" : "no",
                successes);
        assertThat(failures).isEmpty();
        assertThat(clientErrors).isGreaterThan(REQUESTS / 3);
        assertThat(successes).isPositive();
    }

    @Test
    void oversizedRequestsAreRejectedAndTheServiceCarriesOn() {
        RawHttp http = new RawHttp(port);
        int rejected = 0;
        for (int kilobytes : new int[] {9, 64, 1024}) {
            RawHttp.Response response = http.send("GET", "/?limit=" + "1".repeat(kilobytes * 1024));
            assertThat(response.status()).isEqualTo(400);
            assertThat(response.header("Content-Type")).startsWith("application/problem+json");
            response = http.send("GET", "/?limit=1", "X-Padding: " + "x".repeat(kilobytes * 1024));
            assertThat(response.status()).isEqualTo(400);
            rejected += 2;
        }
        assertThat(new RawHttp(managementPort)
                        .send("GET", "/actuator/health/liveness")
                        .status())
                .isEqualTo(200);
        System.out.printf(
                "RELIABILITY request-size: %d requests over the 8 KB header limit (up to 1 MB) rejected with "
                        + "400 problem+json, service still live%n",
                rejected);
    }

    /**
     * Null if the 4xx answer is a well-formed problem, else what is wrong with it. A browser (its Accept
     * names text/html) gets the problem as an HTML page, save for errors Tomcat answers before Spring MVC.
     */
    private String problemError(String method, String accept, RawHttp.Response response) {
        if (OutputFormat.htmlPreferredBy(accept)
                && response.header("Content-Type").startsWith("text/html")) {
            return method.equals("HEAD") || response.body().contains("Error " + response.status())
                    ? null
                    : "HTML page without its status: " + abbreviate(response.body());
        }
        if (!response.header("Content-Type").startsWith("application/problem+json")) {
            return "Content-Type " + response.header("Content-Type");
        }
        if (method.equals("HEAD")) {
            return null;
        }
        try {
            JsonNode problem = json.readTree(response.body());
            return problem.path("status").asInt() == response.status()
                    ? null
                    : "status field " + problem.path("status");
        } catch (RuntimeException e) {
            return "body is not JSON: " + abbreviate(response.body());
        }
    }

    private static String query(Random random, int i) {
        if (i % 50 == 7) {
            // Query strings past the header limit (8 KB), and some just under it.
            int length = new int[] {1_000, 7_000, 8_100, 10_000, 64_000, 200_000}[random.nextInt(6)];
            return "?limit=" + "9".repeat(length);
        }
        if (random.nextInt(4) == 0) {
            // A valid query now and then, so the fuzz also crosses the success path.
            return "?limit=" + (1 + random.nextInt(500)) + "&start=" + (1 + random.nextInt(12))
                    + (random.nextBoolean() ? "&format=csv" : "");
        }
        int parameters = random.nextInt(4);
        StringBuilder query = new StringBuilder();
        for (int p = 0; p < parameters; p++) {
            String name = pick(random, PARAMETERS);
            String value = switch (name) {
                case "limit", "start", "LIMIT" -> pick(random, NUMBERS);
                case "format" -> pick(random, FORMATS);
                case "at" -> pick(random, INSTANTS);
                default -> randomText(random);
            };
            query.append(p == 0 ? '?' : '&').append(name);
            if (random.nextInt(10) > 0) {
                // Mostly well-formed percent-encoding, sometimes the raw value (which may be malformed).
                query.append('=')
                        .append(
                                random.nextBoolean()
                                        ? URLEncoder.encode(value, StandardCharsets.UTF_8)
                                        : value.replace(" ", "%20")
                                                .replace("<", "%3C")
                                                .replace(">", "%3E")
                                                .replace("{", "%7B")
                                                .replace("}", "%7D")
                                                .replace("∞", "%E2%88%9E")
                                                .replace("١٢", "%D9%A1%D9%A2")
                                                .replace("５", "%EF%BC%95"));
            }
        }
        return query.toString();
    }

    private static String randomText(Random random) {
        StringBuilder text = new StringBuilder();
        for (int i = random.nextInt(12); i > 0; i--) {
            text.append((char) (' ' + random.nextInt(95)));
        }
        return text.toString();
    }

    private static String pick(Random random, String[] values) {
        return values[random.nextInt(values.length)];
    }

    private static String abbreviate(String text) {
        return text.length() <= 120 ? text : text.substring(0, 120) + "…";
    }
}
