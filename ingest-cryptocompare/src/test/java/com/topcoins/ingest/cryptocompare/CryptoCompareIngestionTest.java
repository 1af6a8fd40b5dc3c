package com.topcoins.ingest.cryptocompare;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import com.topcoins.common.ingestion.IngestionServiceContract;
import com.topcoins.common.ingestion.RunOutcome;
import com.topcoins.common.market.RankingEntry;
import com.topcoins.common.snapshot.Source;
import com.topcoins.testsupport.UpstreamSimulator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@TestPropertySource(
        properties = {
            "topcoins.upstream.api-key=" + UpstreamSimulator.CC_KEY,
            "topcoins.upstream.page-size=100",
        })
class CryptoCompareIngestionTest extends IngestionServiceContract {

    CryptoCompareIngestionTest() {
        super(
                Source.CRYPTOCOMPARE,
                UpstreamSimulator.CRYPTOCOMPARE,
                5, // pages of 100
                CryptoCompareIngestApplication.class,
                UpstreamSimulator.CC_KEY);
    }

    @Test
    void ranksFollowTheToplistOrderAcrossPages() {
        RunOutcome outcome = job.run();

        List<JsonNode> upstream = new ArrayList<>();
        for (int page = 0; page < 5; page++) {
            JsonNode body = JsonMapper.builder()
                    .build()
                    .readTree(RestClient.create(UpstreamSimulator.baseUrl())
                            .get()
                            .uri("/data/top/totalvolfull?tsym=USD&limit=100&page=" + page)
                            .header("authorization", "Apikey " + UpstreamSimulator.CC_KEY)
                            .retrieve()
                            .body(String.class));
            body.path("Data").forEach(upstream::add);
        }
        List<RankingEntry> stored = rankings(outcome.snapshotId());

        assertThat(stored)
                .extracting(RankingEntry::rank)
                .containsExactlyElementsOf(IntStream.rangeClosed(1, 500).boxed().toList());
        for (int i = 0; i < stored.size(); i++) {
            RankingEntry entry = stored.get(i);
            JsonNode item = upstream.get(i);
            JsonNode raw = item.path("RAW").path("USD");
            assertThat(entry.ccId()).isEqualTo(item.path("CoinInfo").path("Id").asString());
            assertThat(entry.symbol())
                    .isEqualTo(item.path("CoinInfo").path("Name").asString());
            assertThat(entry.name())
                    .isEqualTo(item.path("CoinInfo").path("FullName").asString());
            if (raw.isMissingNode()) {
                assertThat(entry.priceUsd()).isNull();
                assertThat(entry.volume24hUsd()).isNull();
            } else {
                assertThat(entry.priceUsd())
                        .isEqualByComparingTo(raw.path("PRICE").decimalValue());
                assertThat(entry.volume24hUsd())
                        .isEqualByComparingTo(raw.path("TOTALVOLUME24HTO").decimalValue());
                assertThat(entry.lastUpdated())
                        .isEqualTo(Instant.ofEpochSecond(raw.path("LASTUPDATE").asLong()));
            }
        }
    }

    @Test
    void entriesWithoutPriceDataStayRanked() {
        RunOutcome outcome = job.run();

        assertThat(rankings(outcome.snapshotId()))
                .filteredOn(entry -> entry.priceUsd() == null)
                .isNotEmpty()
                .allSatisfy(entry -> assertThat(entry.symbol()).isNotBlank());
    }

    private List<RankingEntry> rankings(String snapshotId) {
        return database.getCollection(source().collection(), RankingEntry.class)
                .find(Filters.eq("snapshotId", snapshotId))
                .projection(Projections.excludeId())
                .sort(Sorts.ascending("rank"))
                .into(new ArrayList<>());
    }
}
