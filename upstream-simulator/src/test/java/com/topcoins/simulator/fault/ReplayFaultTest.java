package com.topcoins.simulator.fault;

import static org.assertj.core.api.Assertions.assertThat;

import com.topcoins.simulator.SimulatorTest;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * REPLAY: the normal answer with every time moved back by the fault's age. Each replayed answer is compared with
 * the normal answer to the same request fetched right after, at the same tick (the test server never ticks on its
 * own): the times must differ by exactly the age, everything else must be identical.
 */
class ReplayFaultTest extends SimulatorTest {

    private static final String CMC = "coinmarketcap";
    private static final String CC = "cryptocompare";
    /** Not a whole number of minutes or days, so that a shift rounded anywhere shows. */
    private static final long AGE_SECONDS = 400 * 86_400L + 3_617;

    private static final Set<String> CMC_TIMES = Set.of("timestamp", "last_updated");
    private static final Set<String> CC_TIMES = Set.of("LASTUPDATE");

    @Test
    void coinMarketCapListingIsTheNormalPageRecordedAgeAgo() {
        String query = LISTINGS + "?limit=20&convert=USD,EUR";
        fault(CMC, "REPLAY", Map.of("count", 1, "ageSeconds", AGE_SECONDS));
        Exchange exchange = replayThenNormal(query, "X-CMC_PRO_API_KEY", CMC_KEY);

        // 1 status timestamp, 20 items, 2 quotes each.
        assertCmcTimesShifted(exchange, Duration.ofSeconds(AGE_SECONDS), 1 + 20 + 40);
    }

    @Test
    void coinMarketCapQuotesAreReplayedToo() {
        String query = QUOTES + "?symbol=BTC,ETH&convert=USD,EUR";
        fault(CMC, "REPLAY", Map.of("count", 1, "ageSeconds", AGE_SECONDS));
        Exchange exchange = replayThenNormal(query, "X-CMC_PRO_API_KEY", CMC_KEY);

        int coins = exchange.normal().get("data").get("BTC").size()
                + exchange.normal().get("data").get("ETH").size();
        assertThat(coins).isPositive();
        assertCmcTimesShifted(exchange, Duration.ofSeconds(AGE_SECONDS), 1 + 3 * coins);
    }

    @Test
    void cryptoCompareToplistIsTheNormalPageRecordedAgeAgo() {
        String query = TOPTIER + "?tsym=EUR&limit=50";
        fault(CC, "REPLAY", Map.of("count", 1, "ageSeconds", AGE_SECONDS));
        Exchange exchange = replayThenNormal(query, "authorization", "Apikey " + CC_KEY);

        assertCcTimesShifted(exchange, AGE_SECONDS);
    }

    @Test
    void ageDefaultsToTwoYears() {
        long twoYears = 63_072_000L;
        JsonNode created = fault(CMC, "replay", Map.of("count", 1));
        assertThat(created.get("kind").asString()).isEqualTo("REPLAY");
        assertThat(created.get("ageSeconds").asLong()).isEqualTo(twoYears);
        assertThat(send("GET", "/admin/faults", null)
                        .json()
                        .get(0)
                        .get("ageSeconds")
                        .asLong())
                .isEqualTo(twoYears);
        assertCmcTimesShifted(
                replayThenNormal(LISTINGS + "?limit=5", "X-CMC_PRO_API_KEY", CMC_KEY),
                Duration.ofSeconds(twoYears),
                1 + 5 + 5);

        fault(CC, "REPLAY", Map.of("count", 1));
        assertCcTimesShifted(replayThenNormal(TOTALVOL + "?tsym=USD", "authorization", "Apikey " + CC_KEY), twoYears);
    }

    @Test
    void skipLetsRequestsThroughThenCountLimitsTheReplay() {
        String query = "?tsym=USD&limit=10";
        List<Long> current = lastUpdates(ccJson(TOTALVOL, query));
        assertThat(current).isNotEmpty();
        List<Long> replayed = current.stream().map(t -> t - 3_600).toList();
        fault(CC, "REPLAY", Map.of("count", 2, "skip", 1, "ageSeconds", 3_600));

        assertThat(lastUpdates(ccJson(TOTALVOL, query))).isEqualTo(current);
        JsonNode queued = send("GET", "/admin/faults", null).json().get(0);
        assertThat(queued.get("skip").asInt()).isZero();
        assertThat(queued.get("remaining").asInt()).isEqualTo(2);
        assertThat(queued.get("ageSeconds").asLong()).isEqualTo(3_600);
        assertThat(lastUpdates(ccJson(TOTALVOL, query))).isEqualTo(replayed);
        assertThat(lastUpdates(ccJson(TOTALVOL, query))).isEqualTo(replayed);
        assertThat(lastUpdates(ccJson(TOTALVOL, query))).isEqualTo(current);
        assertThat(send("GET", "/admin/faults", null).json().isEmpty()).isTrue();
    }

    @Test
    void otherKindsIgnoreTheAge() {
        List<String> current = itemTimes(cmcJson("?limit=5"));
        JsonNode created = fault(CMC, "LATENCY", Map.of("count", 1, "delayMs", 1, "ageSeconds", 3_600));
        assertThat(created.get("ageSeconds").asLong()).isZero();
        assertThat(itemTimes(cmcJson("?limit=5"))).isEqualTo(current);
        assertThat(send("GET", "/admin/faults", null).json().isEmpty()).isTrue();
    }

    @Test
    void ageMustBePositive() {
        for (long invalid : new long[] {0, -1, -3_600, 100 * 366 * 86_400L}) {
            Reply refused = send("POST", "/admin/faults", Map.of("api", CMC, "kind", "REPLAY", "ageSeconds", invalid));
            assertThat(refused.status()).as("ageSeconds %d", invalid).isEqualTo(400);
        }
        assertThat(send("GET", "/admin/faults", null).json().isEmpty()).isTrue();
        assertThat(fault(CC, "REPLAY", Map.of("ageSeconds", 1))
                        .get("ageSeconds")
                        .asLong())
                .isEqualTo(1);
    }

    /**
     * A replayed answer, then the normal one to the same request; {@code before} is taken before the first, for
     * the times that come from the wall clock rather than the tick.
     */
    private record Exchange(Instant before, JsonNode replayed, JsonNode normal) {}

    private static Exchange replayThenNormal(String pathAndQuery, String header, String value) {
        long tick = currentTick();
        Instant before = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        JsonNode replayed = ok(get(pathAndQuery, header, value));
        JsonNode normal = ok(get(pathAndQuery, header, value));
        assertThat(currentTick()).as("the market ticked during the test").isEqualTo(tick);
        assertThat(send("GET", "/admin/faults", null).json().isEmpty())
                .as("the replay was used up")
                .isTrue();
        return new Exchange(before, replayed, normal);
    }

    /**
     * Every {@code last_updated} exactly {@code age} older than in the normal answer (they derive from the tick);
     * {@code status.timestamp}, wall clock, {@code age} older than some instant between the two requests; the rest
     * identical but for {@code elapsed}.
     */
    private static void assertCmcTimesShifted(Exchange exchange, Duration age, int times) {
        ObjectNode replayed = (ObjectNode) exchange.replayed().deepCopy();
        ObjectNode normal = (ObjectNode) exchange.normal().deepCopy();
        ((ObjectNode) replayed.get("status")).remove("elapsed");
        ((ObjectNode) normal.get("status")).remove("elapsed");
        Map<String, JsonNode> replayedTimes = removeAll(replayed, CMC_TIMES);
        Map<String, JsonNode> normalTimes = removeAll(normal, CMC_TIMES);

        assertThat(replayed).isEqualTo(normal);
        assertThat(replayedTimes).hasSize(times).containsOnlyKeys(normalTimes.keySet());
        Instant stamped =
                Instant.parse(replayedTimes.remove("/status/timestamp").asString());
        assertThat(stamped.plus(age))
                .isBetween(
                        exchange.before(),
                        Instant.parse(normalTimes.get("/status/timestamp").asString()));
        replayedTimes.forEach((path, time) -> assertThat(Instant.parse(time.asString()))
                .as(path)
                .isEqualTo(Instant.parse(normalTimes.get(path).asString()).minus(age)));
    }

    /** Every {@code RAW.<tsym>.LASTUPDATE} exactly {@code ageSeconds} older; DISPLAY and the rest identical. */
    private static void assertCcTimesShifted(Exchange exchange, long ageSeconds) {
        ObjectNode replayed = (ObjectNode) exchange.replayed().deepCopy();
        ObjectNode normal = (ObjectNode) exchange.normal().deepCopy();
        Map<String, JsonNode> replayedTimes = removeAll(replayed, CC_TIMES);
        Map<String, JsonNode> normalTimes = removeAll(normal, CC_TIMES);

        assertThat(replayed).isEqualTo(normal);
        assertThat(replayedTimes).isNotEmpty().containsOnlyKeys(normalTimes.keySet());
        long raw = 0;
        for (Map.Entry<String, JsonNode> time : replayedTimes.entrySet()) {
            JsonNode before = normalTimes.get(time.getKey());
            if (time.getKey().contains("/RAW/")) {
                raw++;
                assertThat(time.getValue().asLong()).as(time.getKey()).isEqualTo(before.asLong() - ageSeconds);
            } else {
                assertThat(time.getValue()).as(time.getKey()).isEqualTo(before); // "Just now", then as now
            }
        }
        assertThat(raw).isEqualTo(replayedTimes.size() / 2);
    }

    /** Removes every property named in {@code names}, at any depth; returns them by JSON pointer. */
    private static Map<String, JsonNode> removeAll(JsonNode node, Set<String> names) {
        Map<String, JsonNode> removed = new LinkedHashMap<>();
        removeAll(node, "", names, removed);
        return removed;
    }

    private static void removeAll(JsonNode node, String path, Set<String> names, Map<String, JsonNode> removed) {
        if (node instanceof ObjectNode object) {
            for (String name : fieldNames(object)) {
                if (names.contains(name)) {
                    removed.put(path + "/" + name, object.remove(name));
                } else {
                    removeAll(object.get(name), path + "/" + name, names, removed);
                }
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                removeAll(node.get(i), path + "/" + i, names, removed);
            }
        }
    }

    private static List<Long> lastUpdates(JsonNode toplist) {
        return list(toplist.get("Data")).stream()
                .filter(entry -> entry.has("RAW"))
                .map(entry -> entry.get("RAW").get("USD").get("LASTUPDATE").asLong())
                .toList();
    }

    private static List<String> itemTimes(JsonNode listing) {
        return list(listing.get("data")).stream()
                .map(item -> item.get("last_updated").asString())
                .toList();
    }

    private static JsonNode ok(Reply reply) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        JsonNode body = reply.json();
        assertThat(body.has("Response")).as(reply.body()).isFalse();
        return body;
    }

    private static long currentTick() {
        return send("GET", "/admin/market", null).json().get("tick").asLong();
    }
}
