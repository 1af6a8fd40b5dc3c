package com.topcoins.ingest.coinmarketcap;

import com.topcoins.common.ingestion.Fetched;
import com.topcoins.common.ingestion.MarketSource;
import com.topcoins.common.market.PriceEntry;
import com.topcoins.common.snapshot.Source;
import com.topcoins.common.upstream.ApiKeyHeader;
import com.topcoins.common.upstream.Page;
import com.topcoins.common.upstream.Pager;
import com.topcoins.common.upstream.UpstreamClient;
import com.topcoins.common.upstream.UpstreamException;
import com.topcoins.common.upstream.UpstreamProperties;
import com.topcoins.common.upstream.UpstreamResponse;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.JsonNode;

/**
 * CoinMarketCap's {@code listings/latest}, paged with a 1-based {@code start}. Errors are real HTTP
 * errors whose body holds only {@code status}; {@code status.error_code} tells a per-minute throttle
 * (retry) from plan limits and key problems (no retry).
 */
@Component
class CoinMarketCapSource implements MarketSource<PriceEntry> {

    static final String API = "CoinMarketCap";
    static final String PATH = "/v1/cryptocurrency/listings/latest";
    static final String CURRENCY = "USD";

    private final UpstreamClient client;
    private final UpstreamProperties properties;
    private final JavaType listingsType;

    CoinMarketCapSource(RestClient.Builder http, UpstreamProperties properties) {
        this.properties = properties;
        this.client = new UpstreamClient(API, http, properties, new ApiKeyHeader("X-CMC_PRO_API_KEY", ""));
        this.listingsType = client.json().getTypeFactory().constructCollectionType(List.class, CmcListing.class);
    }

    @Override
    public Source source() {
        return Source.COINMARKETCAP;
    }

    @Override
    public Class<PriceEntry> documentType() {
        return PriceEntry.class;
    }

    @Override
    public Fetched<PriceEntry> fetch(String snapshotId, int depth) {
        // Credits scale with the page size, so never ask for more than the depth.
        Pager<CmcListing> pager = new Pager<>(API, Math.min(properties.pageSize(), depth), CmcListing::id);
        List<Instant> pageTimes = new ArrayList<>();
        List<PriceEntry> entries = pager
                .collect(depth, (pageIndex, pageSize) -> {
                    Page<CmcListing> page = fetchPage(pageIndex, pageSize);
                    pageTimes.add(page.asOf());
                    return page;
                })
                .stream()
                .map(listing -> toEntry(snapshotId, listing))
                .toList();
        // status.timestamp of each page; the oldest one is how recent the whole snapshot is.
        Instant asOf = pageTimes.contains(null)
                ? null
                : pageTimes.stream().min(Comparator.naturalOrder()).orElse(null);
        return new Fetched<>(entries, asOf);
    }

    private Page<CmcListing> fetchPage(int pageIndex, int pageSize) {
        return client.get(
                uri -> uri.path(PATH)
                        .queryParam("start", pageIndex * pageSize + 1)
                        .queryParam("limit", pageSize)
                        .queryParam("convert", CURRENCY)
                        // Sorted like CryptoCompare's ranking (24 h volume), so its top assets find their price.
                        .queryParam("sort", "volume_24h")
                        .queryParam("sort_dir", "desc")
                        .build(),
                this::readPage);
    }

    private Page<CmcListing> readPage(UpstreamResponse response) {
        JsonNode status = response.body().path("status");
        int errorCode = status.path("error_code").asInt(0);
        if (!response.isSuccessful() || errorCode != 0) {
            throw error(
                    response.status(), errorCode, status.path("error_message").asString("(no message)"));
        }
        JsonNode data = response.body().path("data");
        if (!data.isArray()) {
            throw new UpstreamException(API + " success body has no data array", false);
        }
        try {
            List<CmcListing> listings = client.json().treeToValue(data, listingsType);
            JsonNode total = status.path("total_count");
            return new Page<>(listings, total.isIntegralNumber() ? total.asInt() : null, timestamp(status));
        } catch (JacksonException e) {
            throw new UpstreamException(API + " listing of unexpected shape: " + e.getOriginalMessage(), false, e);
        }
    }

    /** {@code status.timestamp}, ISO 8601; null when missing or unreadable (the run then fails: no time, no publish). */
    private static Instant timestamp(JsonNode status) {
        try {
            return Instant.parse(status.path("timestamp").asString(""));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** error_code 1008 (minute throttle) and 1011 (IP limit) pass; 1009/1010 last until the plan resets. */
    static UpstreamException error(int httpStatus, int errorCode, String message) {
        String detail = "error_code %d, %s".formatted(errorCode, message);
        return switch (errorCode) {
            case 1008, 1011 -> new UpstreamException(API + " rate limit: " + detail, true);
            case 1009, 1010 -> new UpstreamException(API + " plan limit reached: " + detail, false);
            default -> UpstreamException.forStatus(API, httpStatus, detail);
        };
    }

    private static PriceEntry toEntry(String snapshotId, CmcListing listing) {
        CmcListing.Quote usd = listing.quote() == null ? null : listing.quote().get(CURRENCY);
        return new PriceEntry(
                snapshotId,
                listing.id(),
                listing.symbol(),
                listing.name(),
                listing.cmcRank(),
                usd == null ? null : usd.price(),
                usd == null ? null : usd.marketCap(),
                usd == null ? null : usd.volume24h(),
                usd != null && usd.lastUpdated() != null ? usd.lastUpdated() : listing.lastUpdated());
    }
}
