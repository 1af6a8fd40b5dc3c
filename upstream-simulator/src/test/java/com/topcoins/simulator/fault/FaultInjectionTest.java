package com.topcoins.simulator.fault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.topcoins.simulator.SimulatorServer;
import com.topcoins.simulator.SimulatorTest;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;

/** Every fault kind once per API, in that API's real shape, plus the count/skip rules of the queue. */
class FaultInjectionTest extends SimulatorTest {

    private static final String CMC = "coinmarketcap";
    private static final String CC = "cryptocompare";

    @Test
    void latencyDelaysThenAnswersNormally() {
        fault(CMC, "LATENCY", Map.of("count", 1, "delayMs", 400));
        long started = System.nanoTime();
        assertThat(cmc("?limit=1").status()).isEqualTo(200);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(400));
        fault(CC, "LATENCY", Map.of("count", 1, "delayMs", 400));
        started = System.nanoTime();
        assertThat(cc(TOTALVOL, "?tsym=USD").json().get("Type").asInt()).isEqualTo(100);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(400));
    }

    @Test
    void timeoutOutlastsTheClient() {
        fault(CMC, "TIMEOUT", Map.of("count", 1, "delayMs", 1500));
        HttpRequest request = HttpRequest.newBuilder(SimulatorServer.uri(LISTINGS + "?limit=1"))
                .header("X-CMC_PRO_API_KEY", CMC_KEY)
                .timeout(Duration.ofMillis(300))
                .build();
        assertThatThrownBy(() -> HTTP.send(request, HttpResponse.BodyHandlers.ofString()))
                .isInstanceOf(HttpTimeoutException.class);
        assertThat(cmc("?limit=1").status()).isEqualTo(200);
        JsonNode listed = send("GET", "/admin/faults", null).json();
        assertThat(listed.isEmpty()).isTrue();
    }

    @Test
    void timeoutDefaultsToThirtySeconds() {
        JsonNode created = fault(CC, "TIMEOUT", Map.of());
        assertThat(created.get("delayMs").asLong()).isEqualTo(30_000);
        assertThat(created.get("remaining").asInt()).isEqualTo(-1);
    }

    @Test
    void rateLimits() {
        fault(CMC, "RATE_LIMIT", Map.of("count", 1));
        assertCmcError(cmc("?limit=1"), 429, 1008);
        fault(CMC, "DAILY_LIMIT", Map.of("count", 1));
        assertCmcError(cmc("?limit=1"), 429, 1009);

        fault(CC, "RATE_LIMIT", Map.of("count", 1));
        JsonNode minute = assertCcError(cc(TOTALVOL, "?tsym=USD"), 99);
        JsonNode limits = minute.get("RateLimit");
        assertThat(limits.get("calls_made").get("minute").asInt())
                .isGreaterThanOrEqualTo(limits.get("max_calls").get("minute").asInt());
        assertThat(limits.get("calls_made").get("day").asInt())
                .isLessThan(limits.get("max_calls").get("day").asInt());
        fault(CC, "DAILY_LIMIT", Map.of("count", 1));
        JsonNode daily = assertCcError(cc(TOTALVOL, "?tsym=USD"), 99).get("RateLimit");
        assertThat(daily.get("calls_made").get("day").asInt())
                .isGreaterThanOrEqualTo(daily.get("max_calls").get("day").asInt());
    }

    @Test
    void serverErrors() {
        fault(CMC, "SERVER_ERROR", Map.of("count", 1));
        Reply cmc = cmc("?limit=1");
        assertCmcError(cmc, 500, 500);
        assertThat(cmc.json().get("status").get("error_message").asString())
                .isEqualTo("An internal server error occurred");
        fault(CC, "SERVER_ERROR", Map.of("count", 1));
        Reply cc = cc(TOTALVOL, "?tsym=USD");
        assertThat(cc.status()).isEqualTo(502);
        assertThat(cc.contentType()).startsWith("text/html");
        assertThat(cc.body()).contains("502 Bad Gateway");
    }

    @Test
    void malformedJson() {
        fault(CMC, "MALFORMED_JSON", Map.of("count", 1));
        assertMalformed(cmc("?limit=5"));
        fault(CC, "MALFORMED_JSON", Map.of("count", 1));
        assertMalformed(cc(TOTALVOL, "?tsym=USD"));
    }

    @Test
    void errorEnvelopes() {
        fault(CMC, "ERROR_ENVELOPE", Map.of("count", 1));
        assertCmcError(cmc("?limit=1"), 400, 400);
        fault(CC, "ERROR_ENVELOPE", Map.of("count", 1));
        assertThat(assertCcError(cc(TOTALVOL, "?tsym=USD"), 2)
                        .get("ParamWithError")
                        .isString())
                .isTrue();
    }

    @Test
    void authFaults() {
        fault(CMC, "UNAUTHORIZED", Map.of("count", 1));
        assertCmcError(cmc("?limit=1"), 401, 1001);
        fault(CMC, "PAYMENT_REQUIRED", Map.of("count", 1));
        assertCmcError(cmc("?limit=1"), 402, 1003);
        fault(CC, "UNAUTHORIZED", Map.of("count", 1));
        assertCcError(cc(TOTALVOL, "?tsym=USD"), 1);
        fault(CC, "PAYMENT_REQUIRED", Map.of("count", 1));
        assertCcError(cc(TOTALVOL, "?tsym=USD"), 1);
    }

    @Test
    void emptyPagesKeepTheTotals() {
        int total = cmcJson("?limit=1").get("status").get("total_count").asInt();
        fault(CMC, "EMPTY_PAGE", Map.of("count", 1));
        JsonNode cmc = cmcJson("?limit=100");
        assertThat(cmc.get("data").isEmpty()).isTrue();
        assertThat(cmc.get("status").get("total_count").asInt()).isEqualTo(total);

        int count = ccJson(TOTALVOL, "?tsym=USD").get("MetaData").get("Count").asInt();
        fault(CC, "EMPTY_PAGE", Map.of("count", 1));
        JsonNode cc = ccJson(TOTALVOL, "?tsym=USD&limit=100");
        assertThat(cc.get("Data").isArray()).isTrue();
        assertThat(cc.get("Data").isEmpty()).isTrue();
        assertThat(cc.get("MetaData").get("Count").asInt()).isEqualTo(count);
    }

    @Test
    void shortPagesHoldFewerItemsThanAsked() {
        fault(CMC, "SHORT_PAGE", Map.of("count", 1));
        JsonNode cmc = cmcJson("?limit=100");
        assertThat(cmc.get("data").size()).isBetween(1, 99);
        assertThat(cmc.get("status").get("total_count").asInt()).isGreaterThan(100);
        fault(CC, "SHORT_PAGE", Map.of("count", 1));
        JsonNode cc = ccJson(TOTALVOL, "?tsym=USD&limit=100");
        assertThat(cc.get("Data").size()).isBetween(1, 99);
        assertThat(cc.get("MetaData").get("Count").asInt()).isGreaterThan(100);
    }

    @Test
    void duplicateIdsRepeatThePreviousPage() {
        Set<Integer> firstPage = new HashSet<>();
        cmcJson("?start=1&limit=100")
                .get("data")
                .forEach(item -> firstPage.add(item.get("id").asInt()));
        fault(CMC, "DUPLICATE_IDS", Map.of("count", 1));
        List<JsonNode> second = list(cmcJson("?start=101&limit=100").get("data"));
        assertThat(second).hasSize(100);
        assertThat(second).anyMatch(item -> firstPage.contains(item.get("id").asInt()));

        Set<String> ccFirst = new HashSet<>();
        ccJson(TOTALVOL, "?tsym=USD&limit=100&page=0")
                .get("Data")
                .forEach(entry -> ccFirst.add(entry.get("CoinInfo").get("Id").asString()));
        fault(CC, "DUPLICATE_IDS", Map.of("count", 1));
        List<JsonNode> ccSecond =
                list(ccJson(TOTALVOL, "?tsym=USD&limit=100&page=1").get("Data"));
        assertThat(ccSecond)
                .anyMatch(entry ->
                        ccFirst.contains(entry.get("CoinInfo").get("Id").asString()));

        fault(CC, "DUPLICATE_IDS", Map.of("count", 1));
        List<JsonNode> firstWithRepeats =
                list(ccJson(TOTALVOL, "?tsym=USD&limit=100&page=0").get("Data"));
        assertThat(firstWithRepeats.stream()
                        .map(e -> e.get("CoinInfo").get("Id").asString())
                        .distinct()
                        .count())
                .isLessThan(100);
    }

    @Test
    void hugeBodiesStreamAboutFiftyMegabytesOfValidJson() throws Exception {
        fault(CMC, "HUGE_BODY", Map.of("count", 1));
        assertHuge(LISTINGS + "?limit=1", "X-CMC_PRO_API_KEY", CMC_KEY, "data");
        fault(CC, "HUGE_BODY", Map.of("count", 1));
        assertHuge(TOTALVOL + "?tsym=USD", "authorization", "Apikey " + CC_KEY, "Data");
    }

    @Test
    void skipLetsRequestsThroughThenCountLimitsTheFault() {
        fault(CMC, "SERVER_ERROR", Map.of("count", 2, "skip", 1));
        assertThat(cmc("?limit=1").status()).isEqualTo(200);
        JsonNode queued = send("GET", "/admin/faults", null).json().get(0);
        assertThat(queued.get("skip").asInt()).isZero();
        assertThat(queued.get("remaining").asInt()).isEqualTo(2);
        assertThat(cmc("?limit=1").status()).isEqualTo(500);
        assertThat(cmc("?limit=1").status()).isEqualTo(500);
        assertThat(cmc("?limit=1").status()).isEqualTo(200);
        assertThat(send("GET", "/admin/faults", null).json().isEmpty()).isTrue();
    }

    @Test
    void faultsWithoutCountLastUntilCleared() {
        fault(CC, "RATE_LIMIT", Map.of());
        for (int i = 0; i < 5; i++) {
            assertCcError(cc(TOTALVOL, "?tsym=USD"), 99);
        }
        assertThat(send("DELETE", "/admin/faults", null).status()).isEqualTo(204);
        assertThat(ccJson(TOTALVOL, "?tsym=USD").get("Type").asInt()).isEqualTo(100);
    }

    @Test
    void firstMatchingFaultAppliesAndOnlyToItsApi() {
        fault(CMC, "RATE_LIMIT", Map.of("count", 1));
        fault(CMC, "SERVER_ERROR", Map.of("count", 1));
        fault(CC, "UNAUTHORIZED", Map.of("count", 1));
        assertCmcError(cmc("?limit=1"), 429, 1008);
        assertCmcError(cmc("?limit=1"), 500, 500);
        assertThat(cmc("?limit=1").status()).isEqualTo(200);
        assertCcError(cc(TOTALVOL, "?tsym=USD"), 1);
        assertThat(ccJson(TOTALVOL, "?tsym=USD").get("Type").asInt()).isEqualTo(100);
    }

    @Test
    void adminApiValidatesAndListsFaults() {
        assertThat(send("POST", "/admin/faults", Map.of("api", "binance", "kind", "LATENCY"))
                        .status())
                .isEqualTo(400);
        assertThat(send("POST", "/admin/faults", Map.of("api", CMC, "kind", "EARTHQUAKE"))
                        .status())
                .isEqualTo(400);
        assertThat(send("POST", "/admin/faults", Map.of("api", CMC, "kind", "LATENCY", "count", 0))
                        .status())
                .isEqualTo(400);
        JsonNode created = fault(CMC, "latency", Map.of("delayMs", 5, "skip", 3));
        assertThat(created.get("api").asString()).isEqualTo(CMC);
        assertThat(created.get("kind").asString()).isEqualTo("LATENCY");
        assertThat(created.get("skip").asInt()).isEqualTo(3);
        JsonNode listed = send("GET", "/admin/faults", null).json();
        assertThat(listed.size()).isEqualTo(1);
        assertThat(listed.get(0).get("id")).isEqualTo(created.get("id"));
    }

    private static void assertCmcError(Reply reply, int httpStatus, int errorCode) {
        assertThat(reply.status()).isEqualTo(httpStatus);
        JsonNode body = reply.json();
        assertThat(fieldNames(body)).containsExactly("status");
        assertThat(body.get("status").get("error_code").asInt()).isEqualTo(errorCode);
        assertThat(body.get("status").get("credit_count").asInt()).isZero();
    }

    private static JsonNode assertCcError(Reply reply, int type) {
        assertThat(reply.status()).isEqualTo(200);
        JsonNode body = reply.json();
        assertThat(body.get("Response").asString()).isEqualTo("Error");
        assertThat(body.get("Type").asInt()).isEqualTo(type);
        assertThat(body.get("Data").isObject()).isTrue();
        return body;
    }

    private static void assertMalformed(Reply reply) {
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.contentType()).startsWith("application/json");
        assertThatThrownBy(() -> MAPPER.readTree(reply.body())).isInstanceOf(tools.jackson.core.JacksonException.class);
    }

    /** Reads the body as a stream (never whole), checking it is one valid JSON document of about 50 MB. */
    private static void assertHuge(String path, String header, String value, String arrayField) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(SimulatorServer.uri(path))
                .header(header, value)
                .timeout(Duration.ofSeconds(60))
                .build();
        HttpResponse<InputStream> response = HTTP.send(request, HttpResponse.BodyHandlers.ofInputStream());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        CountingStream body = new CountingStream(response.body());
        int items = 0;
        try (JsonParser parser = MAPPER.createParser(body)) {
            assertThat(parser.nextToken()).isEqualTo(JsonToken.START_OBJECT);
            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                String name = parser.currentName();
                parser.nextToken();
                if (name.equals(arrayField)) {
                    while (parser.nextToken() == JsonToken.START_OBJECT) {
                        parser.skipChildren();
                        items++;
                    }
                } else {
                    parser.skipChildren();
                }
            }
            assertThat(parser.nextToken()).isNull();
        }
        assertThat(body.count).isBetween(45_000_000L, 60_000_000L);
        assertThat(items).isGreaterThan(10_000);
    }

    private static final class CountingStream extends java.io.FilterInputStream {
        long count;

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count += n;
            }
            return n;
        }
    }
}
