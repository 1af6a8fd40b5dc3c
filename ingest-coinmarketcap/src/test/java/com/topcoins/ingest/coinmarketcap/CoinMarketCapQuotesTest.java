package com.topcoins.ingest.coinmarketcap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.topcoins.common.ingestion.IngestionJob;
import com.topcoins.common.ingestion.RunOutcome;
import com.topcoins.common.market.PriceEntry;
import com.topcoins.common.market.RankingEntry;
import com.topcoins.common.snapshot.Snapshot;
import com.topcoins.common.snapshot.SnapshotStore;
import com.topcoins.common.snapshot.Source;
import com.topcoins.testsupport.SharedTestInfrastructure;
import com.topcoins.testsupport.UpstreamSimulator;
import io.micrometer.core.instrument.MeterRegistry;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The ranked assets a listing of depth 100 leaves unpriced get their coins from {@code quotes/latest}, over HTTP
 * against the simulator, with the ranking read from MongoDB as the CryptoCompare service stores it; and every
 * credit the simulator charged is counted.
 */
@SpringBootTest(
        properties = {
            "topcoins.ingest.initial-delay=3650d",
            "topcoins.ingest.depth=100",
            "topcoins.upstream.api-key=" + UpstreamSimulator.CMC_KEY,
            "topcoins.upstream.retry.max-attempts=3",
            "topcoins.upstream.retry.initial-backoff=20ms",
            "topcoins.upstream.retry.max-backoff=100ms",
            "topcoins.coinmarketcap.quotes.ranking-wait=5s",
        })
@ContextConfiguration(initializers = SharedTestInfrastructure.class)
class CoinMarketCapQuotesTest {

    private static final int RANKED = 300;

    @Autowired
    private IngestionJob<?> job;

    @Autowired
    private SnapshotStore store;

    @Autowired
    private MongoDatabase database;

    @Autowired
    private MeterRegistry meters;

    private final JsonMapper json = JsonMapper.builder().build();

    @BeforeEach
    void cleanState() {
        UpstreamSimulator.reset();
        database.getCollection(SnapshotStore.COLLECTION).deleteMany(new Document());
        database.getCollection(Source.CRYPTOCOMPARE.collection()).deleteMany(new Document());
        database.getCollection(Source.COINMARKETCAP.collection()).deleteMany(new Document());
        database.getCollection(CreditLedger.COLLECTION).deleteMany(new Document());
    }

    @Test
    void everyRankedAssetCoinMarketCapHasGetsItsOwnCoinFromTheListingOrFromQuotes() {
        storeRanking(RANKED);
        UpstreamSimulator.resetStats();

        RunOutcome outcome = job.run();

        assertThat(outcome.success()).as(outcome.error()).isTrue();
        Map<Long, PriceEntry> stored =
                prices(outcome.snapshotId()).stream().collect(Collectors.toMap(PriceEntry::cmcId, price -> price));
        List<JsonNode> listed = truth().stream()
                .limit(RANKED)
                .filter(asset -> asset.path("coinmarketcapId").isNumber())
                .toList();
        List<JsonNode> beyondDepth = listed.stream()
                .filter(asset -> asset.path("cmcVolumeRank").asInt() > 100)
                .toList();
        assertThat(beyondDepth)
                .as("the market has ranked coins beyond the depth")
                .hasSizeGreaterThan(50);
        assertThat(listed.stream().filter(asset -> !asset.path("trap").isNull()))
                .as("designed traps in the window")
                .hasSizeGreaterThan(5);
        // Every ranked asset CoinMarketCap has, the traps among them, has its own coin to be merged with.
        for (JsonNode asset : listed) {
            assertThat(stored)
                    .as(
                            "%s (%s), coin %s at %s by volume",
                            asset.path("cryptocompareSymbol"),
                            asset.path("trap"),
                            asset.path("coinmarketcapId"),
                            asset.path("cmcVolumeRank"))
                    .containsKey(asset.path("coinmarketcapId").asLong());
        }
        // Each batch of quotes is one request, and the snapshot holds the listing plus the quoted coins.
        long quoteRequests = UpstreamSimulator.requests(UpstreamSimulator.COINMARKETCAP) - 1;
        assertThat(quoteRequests).isBetween(1L, (RANKED + 99) / 100L);
        assertThat(stored).hasSizeGreaterThan(100 + beyondDepth.size() - 1);
        assertThat(outcome.count()).isEqualTo(stored.size());
    }

    @Test
    void onlyActiveCoinsAreKeptFromTheArrayOfASymbolWhateverItsOrder() {
        // A ranked ETH whose price no listed ETH agrees with, so ETH is quoted: its array starts with a dead coin.
        Snapshot ranking = store.begin(Source.CRYPTOCOMPARE);
        store.documents(Source.CRYPTOCOMPARE, RankingEntry.class)
                .insertOne(new RankingEntry(
                        ranking.id(),
                        1,
                        "cc-eth",
                        "ETH",
                        "Ether",
                        new BigDecimal("0.001"),
                        null,
                        BigDecimal.TEN,
                        Instant.now()));
        store.complete(ranking.id(), 1, Instant.now());
        List<JsonNode> eth =
                quotes("ETH").path("data").path("ETH").values().stream().toList();
        assertThat(eth.get(0).path("is_active").asInt())
                .as("the simulator's dead ETH comes first")
                .isZero();
        UpstreamSimulator.resetStats();

        RunOutcome outcome = job.run();

        assertThat(outcome.success()).isTrue();
        assertThat(UpstreamSimulator.requests(UpstreamSimulator.COINMARKETCAP)).isEqualTo(2);
        Set<Long> stored =
                prices(outcome.snapshotId()).stream().map(PriceEntry::cmcId).collect(Collectors.toSet());
        for (JsonNode coin : eth) {
            boolean active = coin.path("is_active").asInt() == 1;
            assertThat(stored.contains(coin.path("id").asLong()))
                    .as("coin %s", coin.path("id"))
                    .isEqualTo(active);
        }
        assertThat(stored).hasSize(100); // the listed Ethereum is not stored twice
    }

    @Test
    void everyCreditTheSimulatorChargedIsCountedInTheLedgerAndTheMetric() {
        storeRanking(RANKED);
        double before = counted("listings") + counted("quotes");

        RunOutcome outcome = job.run();

        assertThat(outcome.success()).isTrue();
        long charged = UpstreamSimulator.credits();
        assertThat(charged).isGreaterThanOrEqualTo(2); // the listing page, and at least one batch of quotes
        Document month = database.getCollection(CreditLedger.COLLECTION)
                .find(Filters.eq("_id", CreditPace.monthOf(Instant.now()).toString()))
                .first();
        assertThat(month).isNotNull();
        assertThat(month.get("spent", Number.class).longValue()).isEqualTo(charged);
        assertThat(month.get("lastRun", Number.class).longValue()).isEqualTo(charged);
        assertThat(month.get("listings", Number.class).longValue()).isEqualTo(1);
        assertThat(counted("listings") + counted("quotes") - before).isEqualTo(charged);
    }

    @Test
    void creditsOfAnswersBeforeAFailureAreCountedToo() {
        storeRanking(RANKED);
        // The listing is answered, then every attempt at the first batch of quotes fails.
        UpstreamSimulator.fault(UpstreamSimulator.COINMARKETCAP, "SERVER_ERROR", 10, 1, 0);

        RunOutcome outcome = job.run();

        assertThat(outcome.success()).isFalse();
        assertThat(UpstreamSimulator.credits()).isEqualTo(1);
        Document month = database.getCollection(CreditLedger.COLLECTION)
                .find(Filters.eq("_id", CreditPace.monthOf(Instant.now()).toString()))
                .first();
        assertThat(month.get("spent", Number.class).longValue()).isEqualTo(1);
        assertThat(month.get("lastRun"))
                .as("no whole run to estimate the next by")
                .isNull();
    }

    @Test
    void withoutAnyRankingWithinTheWaitTheListingAloneIsFetched() {
        RunOutcome outcome = job.run();

        assertThat(outcome.success()).isTrue();
        assertThat(outcome.count()).isEqualTo(100);
        assertThat(outcome.elapsed()).as("waited for a ranking").isGreaterThanOrEqualTo(Duration.ofSeconds(5));
        assertThat(UpstreamSimulator.requests(UpstreamSimulator.COINMARKETCAP)).isEqualTo(1);
    }

    @Test
    void aFirstRunWaitsForTheFirstRankingAndQuotesWithIt() throws Exception {
        CompletableFuture<RunOutcome> run = CompletableFuture.supplyAsync(job::run);
        // CryptoCompare's first run publishes while CoinMarketCap's waits.
        await().atMost(Duration.ofSeconds(4))
                .until(() -> UpstreamSimulator.requests(UpstreamSimulator.COINMARKETCAP) == 1);
        storeRanking(RANKED);

        RunOutcome outcome = run.get(30, TimeUnit.SECONDS);

        assertThat(outcome.success()).isTrue();
        assertThat(UpstreamSimulator.requests(UpstreamSimulator.COINMARKETCAP)).isGreaterThan(1);
        assertThat(outcome.count()).isGreaterThan(100);
    }

    /** The top {@code count} of CryptoCompare's toplist, stored as its service stores a complete ranking. */
    private void storeRanking(int count) {
        Snapshot ranking = store.begin(Source.CRYPTOCOMPARE);
        List<RankingEntry> entries = new ArrayList<>();
        RestClient cc = RestClient.create(UpstreamSimulator.baseUrl());
        for (int page = 0; entries.size() < count; page++) {
            JsonNode data = json.readTree(cc.get()
                            .uri("/data/top/totalvolfull?tsym=USD&limit=100&page=" + page)
                            .header("authorization", "Apikey " + UpstreamSimulator.CC_KEY)
                            .retrieve()
                            .body(String.class))
                    .path("Data");
            for (JsonNode entry : data) {
                JsonNode raw = entry.path("RAW").path("USD");
                entries.add(new RankingEntry(
                        ranking.id(),
                        entries.size() + 1,
                        entry.path("CoinInfo").path("Id").asString(),
                        entry.path("CoinInfo").path("Name").asString(),
                        entry.path("CoinInfo").path("FullName").asString(),
                        raw.isMissingNode() ? null : raw.path("PRICE").decimalValue(),
                        raw.isMissingNode()
                                ? null
                                : raw.path("CIRCULATINGSUPPLYMKTCAP").decimalValue(),
                        raw.isMissingNode()
                                ? null
                                : raw.path("TOTALVOLUME24HTO").decimalValue(),
                        Instant.now()));
            }
        }
        store.documents(Source.CRYPTOCOMPARE, RankingEntry.class).insertMany(entries.subList(0, count));
        store.complete(ranking.id(), count, Instant.now());
    }

    private List<JsonNode> truth() {
        JsonNode truth = json.readTree(RestClient.create(UpstreamSimulator.baseUrl())
                .get()
                .uri("/admin/truth")
                .retrieve()
                .body(String.class));
        return StreamSupport.stream(truth.path("cryptocompare").spliterator(), false)
                .toList();
    }

    private JsonNode quotes(String symbols) {
        return json.readTree(RestClient.create(UpstreamSimulator.baseUrl())
                .get()
                .uri("/v2/cryptocurrency/quotes/latest?convert=USD&skip_invalid=true&symbol={s}", symbols)
                .header("X-CMC_PRO_API_KEY", UpstreamSimulator.CMC_KEY)
                .retrieve()
                .body(String.class));
    }

    private List<PriceEntry> prices(String snapshotId) {
        return store.documents(Source.COINMARKETCAP, PriceEntry.class)
                .find(Filters.eq("snapshotId", snapshotId))
                .into(new ArrayList<>());
    }

    private double counted(String endpoint) {
        var counter = meters.find("topcoins.upstream.credits")
                .tag("endpoint", endpoint)
                .counter();
        return counter == null ? 0 : counter.count();
    }
}
