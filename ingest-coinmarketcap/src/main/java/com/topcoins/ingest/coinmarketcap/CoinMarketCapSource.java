package com.topcoins.ingest.coinmarketcap;

import com.topcoins.common.ingestion.Fetched;
import com.topcoins.common.ingestion.MarketSource;
import com.topcoins.common.market.Evidence;
import com.topcoins.common.market.PriceEntry;
import com.topcoins.common.snapshot.Snapshot;
import com.topcoins.common.snapshot.SnapshotStore;
import com.topcoins.common.snapshot.Source;
import com.topcoins.common.upstream.ApiKeyHeader;
import com.topcoins.common.upstream.Page;
import com.topcoins.common.upstream.Pager;
import com.topcoins.common.upstream.UpstreamClient;
import com.topcoins.common.upstream.UpstreamException;
import com.topcoins.common.upstream.UpstreamProperties;
import com.topcoins.common.upstream.UpstreamResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.client.RestClient;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.JsonNode;

/**
 * CoinMarketCap's prices: {@code listings/latest} by 24 h volume, paged with a 1-based {@code start}, then
 * {@code quotes/latest} by symbol for the ranked assets the listing leaves unpriced (the ranking is the latest
 * complete CryptoCompare snapshot in MongoDB; without one, the listing alone). Errors are real HTTP errors whose
 * body holds only {@code status}; {@code status.error_code} tells a per-minute throttle (retry) from plan limits
 * and key problems (no retry). Every answer's {@code status.credit_count} goes to the {@link CreditLedger}.
 */
class CoinMarketCapSource implements MarketSource<PriceEntry> {

    private static final Logger log = LoggerFactory.getLogger(CoinMarketCapSource.class);

    static final String API = "CoinMarketCap";
    static final String PATH = "/v1/cryptocurrency/listings/latest";
    static final String QUOTES_PATH = "/v2/cryptocurrency/quotes/latest";
    static final String CURRENCY = "USD";
    static final String LISTINGS = "listings";
    static final String QUOTES = "quotes";
    private static final Duration RANKING_POLL = Duration.ofSeconds(1);

    private final UpstreamClient client;
    private final UpstreamProperties properties;
    private final CoinMarketCapProperties.Quotes quotes;
    private final SnapshotStore store;
    private final Evidence evidence;
    private final CreditLedger ledger;
    private final JavaType itemsType;

    CoinMarketCapSource(
            RestClient.Builder http,
            UpstreamProperties properties,
            CoinMarketCapProperties.Quotes quotes,
            SnapshotStore store,
            Evidence evidence,
            CreditLedger ledger) {
        this.properties = properties;
        this.quotes = quotes;
        this.store = store;
        this.evidence = evidence;
        this.ledger = ledger;
        this.client = new UpstreamClient(API, http, properties, new ApiKeyHeader("X-CMC_PRO_API_KEY", ""));
        this.itemsType = client.json().getTypeFactory().constructCollectionType(List.class, CmcItem.class);
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
        RunCredits credits = new RunCredits();
        List<Instant> answerTimes = new ArrayList<>();
        // Credits scale with the page size, so never ask for more than the depth.
        Pager<CmcItem> pager = new Pager<>(API, Math.min(properties.pageSize(), depth), CmcItem::id);
        List<CmcItem> items = new ArrayList<>(pager.collect(depth, (pageIndex, pageSize) -> {
            Answer<Page<CmcItem>> answer = fetchPage(pageIndex, pageSize);
            credits.listings += answer.credits();
            answerTimes.add(answer.asOf());
            return answer.value();
        }));
        int listed = items.size();
        if (quotes.enabled()) {
            Set<String> symbols = symbolsToQuote(items);
            Set<Long> known = new HashSet<>(items.stream().map(CmcItem::id).toList());
            List<String> batch = new ArrayList<>(quotes.batchSize());
            for (String symbol : symbols) {
                batch.add(symbol);
                if (batch.size() == quotes.batchSize()) {
                    quoteBatch(batch, known, items, credits, answerTimes);
                    batch.clear();
                }
            }
            if (!batch.isEmpty()) {
                quoteBatch(batch, known, items, credits, answerTimes);
            }
            log.info(
                    "{} quoted {} ranked symbol(s) the listing left unpriced: {} more coin(s)",
                    API,
                    symbols.size(),
                    items.size() - listed);
        }
        ledger.runCost(credits.total());
        log.info(
                "{} run spent {} credit(s): listings {}, quotes {}",
                API,
                credits.total(),
                credits.listings,
                credits.quotes);
        List<PriceEntry> entries =
                items.stream().map(item -> toEntry(snapshotId, item)).toList();
        // status.timestamp of each answer; the oldest one is how recent the whole snapshot is.
        Instant asOf = answerTimes.contains(null)
                ? null
                : answerTimes.stream().min(Comparator.naturalOrder()).orElse(null);
        return new Fetched<>(entries, asOf);
    }

    /** The ranked symbols to quote, from the latest complete ranking: none when there is none yet. */
    private Set<String> symbolsToQuote(List<CmcItem> listing) {
        return latestRanking()
                .map(ranking -> QuoteSelection.unsettled(store.all(ranking, RankedSymbol.class), listing, evidence))
                .orElseGet(() -> {
                    log.warn("{}: no complete ranking (waited {}), so the listing alone", API, quotes.rankingWait());
                    return Set.of();
                });
    }

    /**
     * The latest complete ranking; when there has never been one (both services started together on a fresh
     * database), what CryptoCompare's first run publishes within {@code ranking-wait}, so that the first prices
     * are not the listing alone until the next run.
     */
    private Optional<Snapshot> latestRanking() {
        Optional<Snapshot> ranking = store.latestComplete(Source.CRYPTOCOMPARE);
        if (ranking.isPresent() || quotes.rankingWait().isZero()) {
            return ranking;
        }
        log.info("{}: no complete ranking yet, waiting up to {} for one", API, quotes.rankingWait());
        long deadline = System.nanoTime() + quotes.rankingWait().toNanos();
        while (ranking.isEmpty() && System.nanoTime() < deadline) {
            try {
                Thread.sleep(RANKING_POLL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            ranking = store.latestComplete(Source.CRYPTOCOMPARE);
        }
        return ranking;
    }

    private Answer<Page<CmcItem>> fetchPage(int pageIndex, int pageSize) {
        return client.get(
                uri -> uri.path(PATH)
                        .queryParam("start", pageIndex * pageSize + 1)
                        .queryParam("limit", pageSize)
                        .queryParam("convert", CURRENCY)
                        // Sorted like CryptoCompare's ranking (24 h volume), so its top assets find their price.
                        .queryParam("sort", "volume_24h")
                        .queryParam("sort_dir", "desc")
                        .build(),
                response -> {
                    JsonNode status = successStatus(response, LISTINGS);
                    JsonNode data = response.body().path("data");
                    if (!data.isArray()) {
                        throw new UpstreamException(API + " success body has no data array", false);
                    }
                    JsonNode total = status.path("total_count");
                    return new Answer<>(
                            new Page<>(items(data), total.isIntegralNumber() ? total.asInt() : null),
                            status.path("credit_count").asInt(0),
                            timestamp(status));
                });
    }

    /**
     * Quotes one batch of symbols and adds the active coins not already held. {@code skip_invalid} is sent, as its
     * default is disputed (upstream-apis.md 2b.2): a symbol CoinMarketCap does not know is left out, not an error.
     */
    private void quoteBatch(
            List<String> symbols, Set<Long> known, List<CmcItem> items, RunCredits credits, List<Instant> times) {
        Answer<List<CmcItem>> answer = client.get(
                uri -> uri.path(QUOTES_PATH)
                        .queryParam("symbol", String.join(",", symbols))
                        .queryParam("convert", CURRENCY)
                        .queryParam("skip_invalid", true)
                        .build(),
                this::readQuotes);
        credits.quotes += answer.credits();
        if (answer.asOf() != null || !answer.value().isEmpty()) {
            times.add(answer.asOf());
        }
        for (CmcItem item : answer.value()) {
            // The array of a symbol holds every coin using it, dead ones too, in no particular order.
            if (Integer.valueOf(1).equals(item.isActive()) && known.add(item.id())) {
                items.add(item);
            }
        }
    }

    /** {@code data} maps each requested symbol to an array of coins (absent, or empty, for an unknown one). */
    private Answer<List<CmcItem>> readQuotes(UpstreamResponse response) {
        JsonNode status = response.body().path("status");
        if (response.status() == 400
                && status.path("error_message").asString("").startsWith("Invalid value")) {
            // Only unknown symbols: some servers answer 400 despite skip_invalid (2b.4). Nothing to add, no credit.
            return new Answer<>(List.of(), 0, null);
        }
        status = successStatus(response, QUOTES);
        JsonNode data = response.body().path("data");
        if (!data.isObject()) {
            throw new UpstreamException(API + " quotes body has no data object", false);
        }
        List<CmcItem> coins = new ArrayList<>();
        for (Map.Entry<String, JsonNode> symbol : data.properties()) {
            if (!symbol.getValue().isArray()) {
                throw new UpstreamException(API + " quotes for symbol " + symbol.getKey() + " are not an array", false);
            }
            coins.addAll(items(symbol.getValue()));
        }
        return new Answer<>(coins, status.path("credit_count").asInt(0), timestamp(status));
    }

    /** The {@code status} of a successful answer, its credits recorded; an error answer throws. */
    private JsonNode successStatus(UpstreamResponse response, String endpoint) {
        JsonNode status = response.body().path("status");
        int errorCode = status.path("error_code").asInt(0);
        if (!response.isSuccessful() || errorCode != 0) {
            throw error(
                    response.status(), errorCode, status.path("error_message").asString("(no message)"));
        }
        // Recorded as each answer arrives: a run that fails later has still spent them.
        ledger.spend(endpoint, status.path("credit_count").asInt(0));
        return status;
    }

    private List<CmcItem> items(JsonNode array) {
        try {
            return client.json().treeToValue(array, itemsType);
        } catch (JacksonException e) {
            throw new UpstreamException(API + " items of unexpected shape: " + e.getOriginalMessage(), false, e);
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

    static CmcItem.Quote usd(CmcItem item) {
        return item.quote() == null ? null : item.quote().get(CURRENCY);
    }

    private static PriceEntry toEntry(String snapshotId, CmcItem item) {
        CmcItem.Quote usd = usd(item);
        return new PriceEntry(
                snapshotId,
                item.id(),
                item.symbol(),
                item.name(),
                item.cmcRank(),
                usd == null ? null : usd.price(),
                usd == null ? null : usd.marketCap(),
                usd == null ? null : usd.volume24h(),
                usd != null && usd.lastUpdated() != null ? usd.lastUpdated() : item.lastUpdated());
    }

    /** A read answer, what it cost, and upstream's time for it. */
    private record Answer<V>(V value, int credits, Instant asOf) {}

    /** What one run has spent so far, by endpoint. */
    private static final class RunCredits {
        int listings;
        int quotes;

        int total() {
            return listings + quotes;
        }
    }
}
