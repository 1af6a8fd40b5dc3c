package com.topcoins.ingest.cryptocompare;

import com.topcoins.common.ingestion.Fetched;
import com.topcoins.common.ingestion.MarketSource;
import com.topcoins.common.market.RankingEntry;
import com.topcoins.common.snapshot.Source;
import com.topcoins.common.upstream.ApiKeyHeader;
import com.topcoins.common.upstream.Page;
import com.topcoins.common.upstream.Pager;
import com.topcoins.common.upstream.UpstreamClient;
import com.topcoins.common.upstream.UpstreamException;
import com.topcoins.common.upstream.UpstreamProperties;
import com.topcoins.common.upstream.UpstreamResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.JsonNode;

/**
 * CryptoCompare's toplist by 24 h volume, paged with a 0-based {@code page}. Its errors arrive as
 * HTTP 200 with {@code "Response":"Error"} and {@code Data: {}}, so every body is checked before
 * {@code Data} is bound; {@code Type} tells a rate limit (retry) from key and parameter errors.
 */
@Component
class CryptoCompareSource implements MarketSource<RankingEntry> {

    static final String API = "CryptoCompare";
    static final String CURRENCY = "USD";
    static final int RATE_LIMIT_TYPE = 99;

    private final UpstreamClient client;
    private final UpstreamProperties properties;
    private final CryptoCompareProperties.Ranking ranking;
    private final JavaType entriesType;

    CryptoCompareSource(RestClient.Builder http, UpstreamProperties properties, CryptoCompareProperties cryptoCompare) {
        // The API rounds limit to steps of 10 and caps it at 100; any other size would skew the pages.
        if (properties.pageSize() > 100 || properties.pageSize() % 10 != 0) {
            throw new IllegalArgumentException("topcoins.upstream.page-size must be a multiple of 10 up to 100 for "
                    + API + ", not " + properties.pageSize());
        }
        this.properties = properties;
        this.ranking = cryptoCompare.ranking();
        this.client = new UpstreamClient(API, http, properties, new ApiKeyHeader("authorization", "Apikey "));
        this.entriesType = client.json().getTypeFactory().constructCollectionType(List.class, CcEntry.class);
    }

    @Override
    public Source source() {
        return Source.CRYPTOCOMPARE;
    }

    @Override
    public Class<RankingEntry> documentType() {
        return RankingEntry.class;
    }

    @Override
    public Fetched<RankingEntry> fetch(String snapshotId, int depth) {
        Pager<CcEntry> pager = new Pager<>(
                API, properties.pageSize(), entry -> entry.coinInfo().id());
        List<CcEntry> entries = pager.collect(depth, this::fetchPage);
        List<RankingEntry> ranked = new ArrayList<>(entries.size());
        for (int i = 0; i < entries.size(); i++) {
            ranked.add(toEntry(snapshotId, i + 1, entries.get(i)));
        }
        // The toplist has no response time: its newest LASTUPDATE is how recent the ranking is.
        Instant asOf = ranked.stream()
                .map(RankingEntry::lastUpdated)
                .filter(Objects::nonNull)
                .max(Comparator.naturalOrder())
                .orElse(null);
        return new Fetched<>(ranked, asOf);
    }

    private Page<CcEntry> fetchPage(int pageIndex, int pageSize) {
        return client.get(
                uri -> uri.path(ranking.path())
                        .queryParam("tsym", CURRENCY)
                        .queryParam("limit", pageSize)
                        .queryParam("page", pageIndex)
                        .build(),
                this::readPage);
    }

    private Page<CcEntry> readPage(UpstreamResponse response) {
        JsonNode body = response.body();
        if ("Error".equals(body.path("Response").asString(""))) {
            throw error(body);
        }
        if (!response.isSuccessful()) {
            throw UpstreamException.forStatus(
                    API, response.status(), body.path("Message").asString("(no message)"));
        }
        JsonNode data = body.path("Data");
        if (!data.isArray()) {
            throw new UpstreamException(API + " success body has no Data array", false);
        }
        try {
            List<CcEntry> entries = client.json().treeToValue(data, entriesType);
            for (CcEntry entry : entries) {
                if (entry.coinInfo() == null || entry.coinInfo().id() == null) {
                    throw new UpstreamException(API + " entry without CoinInfo.Id", false);
                }
            }
            JsonNode count = body.path("MetaData").path("Count");
            return new Page<>(entries, count.isIntegralNumber() ? count.asInt() : null);
        } catch (JacksonException e) {
            throw new UpstreamException(API + " toplist of unexpected shape: " + e.getOriginalMessage(), false, e);
        }
    }

    /**
     * Type 99 is a rate limit: worth retrying (seconds of backoff) while only the second's or minute's
     * calls are used up, not when the hour's, day's or month's are: no retry within the run can cure those.
     */
    static UpstreamException error(JsonNode body) {
        int type = body.path("Type").asInt(-1);
        String detail = "Type %d, %s".formatted(type, body.path("Message").asString("(no message)"));
        if (type == RATE_LIMIT_TYPE) {
            JsonNode limits = body.path("RateLimit");
            boolean exhausted = exhausted(limits, "hour") || exhausted(limits, "day") || exhausted(limits, "month");
            return new UpstreamException(
                    API + (exhausted ? " hourly/daily/monthly limit reached: " : " rate limit: ") + detail, !exhausted);
        }
        return new UpstreamException(API + " error: " + detail, false);
    }

    private static boolean exhausted(JsonNode rateLimit, String window) {
        JsonNode made = rateLimit.path("calls_made").path(window);
        JsonNode max = rateLimit.path("max_calls").path(window);
        return made.isNumber() && max.isNumber() && made.asLong() >= max.asLong();
    }

    private static RankingEntry toEntry(String snapshotId, int rank, CcEntry entry) {
        CcEntry.Raw raw = entry.raw() == null ? null : entry.raw().get(CURRENCY);
        CcEntry.CoinInfo info = entry.coinInfo();
        return new RankingEntry(
                snapshotId,
                rank,
                info.id(),
                info.name(),
                info.fullName(),
                raw == null ? null : raw.price(),
                raw == null ? null : raw.marketCap(),
                raw == null ? null : raw.totalVolume24hTo(),
                raw == null || raw.lastUpdate() == null ? null : Instant.ofEpochSecond(raw.lastUpdate()));
    }
}
