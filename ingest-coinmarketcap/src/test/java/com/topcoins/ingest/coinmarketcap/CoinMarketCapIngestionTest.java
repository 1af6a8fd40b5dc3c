package com.topcoins.ingest.coinmarketcap;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import com.topcoins.common.ingestion.IngestionServiceContract;
import com.topcoins.common.ingestion.RunOutcome;
import com.topcoins.common.market.PriceEntry;
import com.topcoins.common.snapshot.Source;
import com.topcoins.testsupport.UpstreamSimulator;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@TestPropertySource(
        properties = {
            "topcoins.upstream.api-key=" + UpstreamSimulator.CMC_KEY,
            "topcoins.upstream.page-size=200",
        })
class CoinMarketCapIngestionTest extends IngestionServiceContract {

    CoinMarketCapIngestionTest() {
        super(
                Source.COINMARKETCAP,
                UpstreamSimulator.COINMARKETCAP,
                3, // pages of 200, 200 and 100
                CoinMarketCapIngestApplication.class,
                UpstreamSimulator.CMC_KEY);
    }

    @Test
    void storesTheListingFieldsExactlyAsUpstreamSentThem() {
        RunOutcome outcome = job.run();

        JsonNode upstream = JsonMapper.builder()
                .build()
                .readTree(RestClient.create(UpstreamSimulator.baseUrl())
                        .get()
                        .uri(
                                "/v1/cryptocurrency/listings/latest?start=1&limit=500&convert=USD&sort=volume_24h&sort_dir=desc")
                        .header("X-CMC_PRO_API_KEY", UpstreamSimulator.CMC_KEY)
                        .retrieve()
                        .body(String.class))
                .path("data");
        List<PriceEntry> stored = prices(outcome.snapshotId());

        assertThat(stored).hasSize(upstream.size());
        Map<Long, PriceEntry> byId = stored.stream().collect(Collectors.toMap(PriceEntry::cmcId, p -> p));
        for (JsonNode item : upstream) {
            PriceEntry entry = byId.get(item.path("id").asLong());
            JsonNode usd = item.path("quote").path("USD");
            assertThat(entry).as("listing %s", item.path("id")).isNotNull();
            assertThat(entry.snapshotId()).isEqualTo(outcome.snapshotId());
            assertThat(entry.symbol()).isEqualTo(item.path("symbol").asString());
            assertThat(entry.name()).isEqualTo(item.path("name").asString());
            assertThat(entry.cmcRank()).isEqualTo(item.path("cmc_rank").asInt());
            assertThat(entry.priceUsd()).isEqualByComparingTo(usd.path("price").decimalValue());
            assertThat(entry.volume24hUsd())
                    .isEqualByComparingTo(usd.path("volume_24h").decimalValue());
            assertThat(entry.marketCapUsd())
                    .isEqualByComparingTo(usd.path("market_cap").decimalValue());
            assertThat(entry.lastUpdated())
                    .isEqualTo(Instant.parse(usd.path("last_updated").asString()));
        }
    }

    @Test
    void duplicateSymbolsSurviveAsSeparatePrices() {
        RunOutcome outcome = job.run();

        Map<String, List<PriceEntry>> bySymbol =
                prices(outcome.snapshotId()).stream().collect(Collectors.groupingBy(PriceEntry::symbol));
        List<List<PriceEntry>> shared =
                bySymbol.values().stream().filter(group -> group.size() > 1).toList();

        assertThat(shared).isNotEmpty();
        for (List<PriceEntry> group : shared) {
            assertThat(group).extracting(PriceEntry::cmcId).doesNotHaveDuplicates();
            assertThat(group).extracting(PriceEntry::name).doesNotHaveDuplicates();
        }
    }

    @Test
    void tinyPricesAreKeptExactly() {
        RunOutcome outcome = job.run();

        assertThat(prices(outcome.snapshotId()))
                .extracting(PriceEntry::priceUsd)
                .anyMatch(price -> price != null && price.compareTo(new BigDecimal("0.001")) < 0)
                .anyMatch(price -> price != null && price.compareTo(new BigDecimal("10000")) > 0);
    }

    private List<PriceEntry> prices(String snapshotId) {
        return database.getCollection(source().collection(), PriceEntry.class)
                .find(Filters.eq("snapshotId", snapshotId))
                .projection(Projections.excludeId())
                .sort(Sorts.ascending("cmcRank"))
                .into(new ArrayList<>());
    }
}
