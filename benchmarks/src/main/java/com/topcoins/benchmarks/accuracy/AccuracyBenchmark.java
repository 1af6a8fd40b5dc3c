package com.topcoins.benchmarks.accuracy;

import com.topcoins.benchmarks.report.Table;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.boot.convert.DurationStyle;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * How right the merged list is: every row of {@code GET /?limit=depth} against the simulator's ground truth
 * ({@code /admin/truth}: which CoinMarketCap asset each CryptoCompare asset really is). A priced row is wrong
 * when its {@code coinmarketcapId} is not its asset's; an unpriced row is a miss when its asset has a
 * CoinMarketCap listing at all: within the fetched depth of the listing sorted by volume (the ingestion's order) or beyond it.
 *
 * <p>Arguments: results directory, front API base URL, simulator base URL, depth (ingestion depth of both
 * sources). Writes {@code accuracy-<depth>.md} (the summary row, per match kind, the designed traps).
 */
public final class AccuracyBenchmark {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int MISSES_SHOWN = 15;
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public static void main(String[] args) throws IOException, InterruptedException {
        Path out = Path.of(args[0]);
        String api = args[1];
        String simulator = args[2];
        int depth = Integer.parseInt(args[3]);
        Duration interval = DurationStyle.detectAndParse(args[4]);
        long monthlyBudget = Long.parseLong(args[5]);
        // A run of the factor sweep names its files after its factor instead of its depth.
        String name = args.length > 6 ? args[6] : String.valueOf(depth);
        // Read first: the stats count the one CoinMarketCap run accuracy.sh made, and nothing since.
        JsonNode cmcStats = get(simulator + "/admin/stats").get("coinmarketcap");

        Map<String, JsonNode> truth = list(get(simulator + "/admin/truth").get("cryptocompare")).stream()
                .collect(Collectors.toMap(entry -> entry.get("cryptocompareId").asString(), Function.identity()));
        List<JsonNode> rows = list(get(api + "/?limit=" + depth).get("data"));

        Tally all = new Tally();
        Map<String, Tally> byMatch = new TreeMap<>();
        Table traps = new Table("trap", "rank", "symbol", "match", "reason", "verdict");
        Table misses = new Table(
                "rank",
                "verdict",
                "CryptoCompare",
                "CoinMarketCap (truth)",
                "its position by volume",
                "match",
                "served coinmarketcapId");
        int missesShown = 0;
        int trapsMissed = 0;
        for (JsonNode row : rows) {
            JsonNode real = truth.get(row.get("cryptocompareId").asString());
            if (real == null) {
                throw new IllegalStateException("no ground truth for " + row + ": another simulator?");
            }
            Verdict verdict = Verdict.of(row, real, depth);
            boolean listed = !real.get("coinmarketcapId").isNull();
            all.add(verdict, listed);
            String kind = row.get("match").asString()
                    + (row.get("unpricedReason").isNull()
                            ? ""
                            : " (" + row.get("unpricedReason").asString() + ")");
            byMatch.computeIfAbsent(kind, k -> new Tally()).add(verdict, listed);
            if ((verdict == Verdict.WRONG || verdict == Verdict.UNPRICED_LISTED_WITHIN)
                    && missesShown++ < MISSES_SHOWN) {
                misses.add(
                        row.get("rank").asInt(),
                        verdict.label(),
                        real.get("cryptocompareSymbol").asString() + " "
                                + real.get("cryptocompareName").asString(),
                        real.get("coinmarketcapSymbol").asString() + " "
                                + real.get("coinmarketcapName").asString(),
                        real.get("cmcVolumeRank").asInt(),
                        row.get("match").asString(),
                        row.get("coinmarketcapId").isNull()
                                ? ""
                                : row.get("coinmarketcapId").asString());
            }
            if (!real.get("trap").isNull()) {
                if (verdict != Verdict.RIGHT && verdict != Verdict.UNPRICED_UNLISTED) {
                    trapsMissed++;
                }
                traps.add(
                        real.get("trap").asString(),
                        row.get("rank").asInt(),
                        row.get("symbol").asString(),
                        row.get("match").asString(),
                        row.get("unpricedReason").isNull()
                                ? ""
                                : row.get("unpricedReason").asString(),
                        verdict.label());
            }
        }

        Table summary = new Table(
                "depth",
                "rows",
                "with a CoinMarketCap listing",
                "priced",
                "priced of those listed",
                "wrong matches",
                "unpriced though listed within depth",
                "unpriced, listed beyond depth");
        summary.add(
                depth,
                rows.size(),
                all.listed,
                all.priced,
                percent(all.pricedListed, all.listed),
                all.wrong + " (" + "%.2f %%".formatted(all.priced == 0 ? 0.0 : 100.0 * all.wrong / all.priced) + ")",
                all.missedWithin,
                all.missedBeyond);
        long credits = cmcStats.get("credits").asLong();
        long runsPerMonth = Duration.ofDays(31).dividedBy(interval);
        Table spending = new Table(
                "credits of one CoinMarketCap run",
                "its requests",
                "runs in 31 days every " + args[4],
                "credits in 31 days",
                "of the monthly budget (" + monthlyBudget + ")",
                "runs the budget lets through in 31 days, and their interval");
        // Beyond the budget the ingestion defers runs, evenly over the month (README "Credits").
        long allowedRuns = credits == 0 ? runsPerMonth : Math.min(runsPerMonth, monthlyBudget / credits);
        spending.add(
                credits,
                cmcStats.get("requests").asLong(),
                runsPerMonth,
                credits * runsPerMonth,
                percent(credits * runsPerMonth, monthlyBudget),
                allowedRuns + ", every "
                        + Duration.ofDays(31)
                                .dividedBy(Math.max(1, allowedRuns))
                                .toMinutes()
                        + " min");
        Table kinds = new Table("match", "rows", "wrong", "unpriced though listed within depth");
        byMatch.forEach((kind, tally) -> kinds.add(kind, tally.rows, tally.wrong, tally.missedWithin));

        Table.write(
                out.resolve("accuracy-" + name + ".md"),
                summary.markdown() + "\n" + spending.markdown() + "\n" + kinds.markdown() + "\n"
                        + (traps.markdown().lines().count() > 2
                                ? traps.markdown()
                                : "No designed trap in this window.\n")
                        + (missesShown == 0
                                ? ""
                                : "\nWrong matches and misses within depth (the first "
                                        + Math.min(MISSES_SHOWN, missesShown) + " of " + missesShown + "):\n\n"
                                        + misses.markdown()));
        // One row of the sweep's table: name, priced of listed, wrong, traps missed, misses within/beyond, credits.
        Table.write(
                out.resolve("row-" + name + ".md"),
                "| %s | %s | %d (%.2f %%) | %d | %d | %d | %d |%n"
                        .formatted(
                                name,
                                percent(all.pricedListed, all.listed),
                                all.wrong,
                                all.priced == 0 ? 0.0 : 100.0 * all.wrong / all.priced,
                                trapsMissed,
                                all.missedWithin,
                                all.missedBeyond,
                                credits));
        System.out.printf(
                "depth %d: %d rows, %d priced, %d wrong, %d unpriced though listed within depth%n",
                depth, rows.size(), all.priced, all.wrong, all.missedWithin);
    }

    /** What one row is, measured against its asset's truth. */
    enum Verdict {
        RIGHT("right"),
        WRONG("wrong coin's price"),
        UNPRICED_UNLISTED("unpriced, not listed: right"),
        UNPRICED_LISTED_WITHIN("unpriced, listed within depth: a miss"),
        UNPRICED_LISTED_BEYOND("unpriced, listed beyond depth");

        private final String label;

        Verdict(String label) {
            this.label = label;
        }

        String label() {
            return label;
        }

        static Verdict of(JsonNode row, JsonNode real, int depth) {
            boolean listed = !real.get("coinmarketcapId").isNull();
            if (!row.get("coinmarketcapId").isNull()) {
                return listed
                                && row.get("coinmarketcapId").asLong()
                                        == real.get("coinmarketcapId").asLong()
                        ? RIGHT
                        : WRONG;
            }
            if (!listed) {
                return UNPRICED_UNLISTED;
            }
            // The ingestion fetches CoinMarketCap's listing sorted by volume_24h, depth items of it.
            return real.get("cmcVolumeRank").asInt() <= depth ? UNPRICED_LISTED_WITHIN : UNPRICED_LISTED_BEYOND;
        }
    }

    private static final class Tally {
        int rows;
        int listed;
        int priced;
        int pricedListed;
        int wrong;
        int missedWithin;
        int missedBeyond;

        void add(Verdict verdict, boolean hasListing) {
            rows++;
            if (hasListing) {
                listed++;
            }
            switch (verdict) {
                case RIGHT -> {
                    priced++;
                    pricedListed++;
                }
                case WRONG -> {
                    priced++;
                    wrong++;
                }
                case UNPRICED_UNLISTED -> {}
                case UNPRICED_LISTED_WITHIN -> missedWithin++;
                case UNPRICED_LISTED_BEYOND -> missedBeyond++;
            }
        }
    }

    private static String percent(long part, long whole) {
        return whole == 0 ? "–" : "%.1f %%".formatted(100.0 * part / whole);
    }

    private static JsonNode get(String url) throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(
                HttpRequest.newBuilder(URI.create(url))
                        .timeout(Duration.ofSeconds(30))
                        .header("Accept", "application/json")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body());
    }

    private static List<JsonNode> list(JsonNode array) {
        List<JsonNode> items = new ArrayList<>();
        array.forEach(items::add);
        return items;
    }
}
