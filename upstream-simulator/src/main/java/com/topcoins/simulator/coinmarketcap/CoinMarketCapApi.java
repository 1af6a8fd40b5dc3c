package com.topcoins.simulator.coinmarketcap;

import com.topcoins.simulator.fault.FaultKind;
import com.topcoins.simulator.fault.FaultProperties;
import com.topcoins.simulator.json.SimulatorJson;
import com.topcoins.simulator.market.Currency;
import com.topcoins.simulator.market.Market;
import com.topcoins.simulator.market.MarketSnapshot;
import com.topcoins.simulator.upstream.Api;
import com.topcoins.simulator.upstream.PageTweak;
import com.topcoins.simulator.upstream.UpstreamApi;
import com.topcoins.simulator.upstream.UpstreamReply;
import com.topcoins.simulator.upstream.UpstreamRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * CoinMarketCap Pro API: {@code /v1/cryptocurrency/listings/latest} and {@code /v2/cryptocurrency/quotes/latest}.
 * Auth, validation, credits and faults are common to both, as upstream.
 */
@Component
public class CoinMarketCapApi implements UpstreamApi {

    static final String LISTINGS_PATH = "/v1/cryptocurrency/listings/latest";
    static final String QUOTES_PATH = "/v2/cryptocurrency/quotes/latest";
    /** The listing's credit batch: its clients' pages are sized on it, so it is not configurable. */
    private static final int LISTING_CREDIT_BATCH = 100;

    private final Market market;
    private final CoinMarketCapProperties properties;
    private final FaultProperties faultProperties;
    private final ListingRenderer listingRenderer;
    private final QuoteRenderer quoteRenderer;
    private final CreditMeter meter;
    private final CmcEnvelope envelope;
    private final SimulatorJson json;

    CoinMarketCapApi(
            Market market,
            CoinMarketCapProperties properties,
            FaultProperties faultProperties,
            ListingRenderer listingRenderer,
            QuoteRenderer quoteRenderer,
            CreditMeter meter,
            CmcEnvelope envelope,
            SimulatorJson json) {
        this.market = market;
        this.properties = properties;
        this.faultProperties = faultProperties;
        this.listingRenderer = listingRenderer;
        this.quoteRenderer = quoteRenderer;
        this.meter = meter;
        this.envelope = envelope;
        this.json = json;
    }

    @Override
    public Api api() {
        return Api.COINMARKETCAP;
    }

    /**
     * A replay moves {@code status.timestamp} and, through the snapshot's {@code asOf}, every {@code last_updated};
     * {@code date_added} is the coin's, not the recording's, and stays. A refused request is no recorded payload:
     * its error is answered as of now.
     */
    @Override
    public UpstreamReply serve(UpstreamRequest request, PageTweak tweak, Duration age) {
        long started = System.nanoTime();
        try {
            authenticate(request);
            MarketSnapshot snapshot = market.current().recordedAgo(age);
            return QUOTES_PATH.equals(request.path())
                    ? quotes(request, snapshot, age, started)
                    : listing(request, tweak, snapshot, age, started);
        } catch (CmcError error) {
            return envelope.error(error, elapsed(started));
        }
    }

    private UpstreamReply listing(
            UpstreamRequest request, PageTweak tweak, MarketSnapshot snapshot, Duration age, long started) {
        ListingsQuery query = ListingsQueryParser.parse(request);
        int[] listing = ListingSelector.select(snapshot, query);
        // start beyond the end is not an error upstream (as far as anyone has seen): just an empty page.
        int from = (int) Math.min(listing.length, query.start() - 1L);
        int to = (int) Math.min(listing.length, (long) from + query.limit());
        int[] page = tweak.select(listing, from, to);
        int credits = CreditMeter.credits(
                page.length, LISTING_CREDIT_BATCH, query.quotes().size());
        meter.charge(credits);
        ArrayNode data = listingRenderer.items(snapshot, page, query);
        return success(envelope.successStatus(age, elapsed(started), credits, listing.length), data);
    }

    /** The page faults (EMPTY_PAGE, SHORT_PAGE, DUPLICATE_IDS) leave it alone: it has no pages. */
    private UpstreamReply quotes(UpstreamRequest request, MarketSnapshot snapshot, Duration age, long started) {
        CoinMarketCapProperties.Quotes settings = properties.quotes();
        QuotesQuery query = QuotesQueryParser.parse(request, settings.skipInvalidDefault());
        List<QuoteSelector.Match> matches = QuoteSelector.select(snapshot.universe(), query, settings.allUnknown());
        QuoteRenderer.Rendered rendered = quoteRenderer.data(snapshot, matches, query);
        int credits = CreditMeter.credits(
                rendered.items(), settings.creditBatch(), query.quotes().size());
        meter.charge(credits);
        return success(envelope.successStatus(age, elapsed(started), credits), rendered.data());
    }

    private UpstreamReply success(ObjectNode status, JsonNode data) {
        ObjectNode body = json.object();
        body.set("status", status);
        body.set("data", data);
        return UpstreamReply.json(200, json.bytes(body));
    }

    @Override
    public UpstreamReply fault(FaultKind kind, UpstreamRequest request) {
        boolean quotes = QUOTES_PATH.equals(request.path());
        return switch (kind) {
            case RATE_LIMIT -> envelope.error(CmcError.MINUTE_RATE_LIMIT, 1);
            case DAILY_LIMIT -> envelope.error(CmcError.DAILY_RATE_LIMIT, 1);
            case SERVER_ERROR -> envelope.error(CmcError.SERVER_ERROR, 3);
            case ERROR_ENVELOPE ->
                envelope.error(
                        CmcError.badRequest(quotes ? "Invalid value for \"id\"" : "Invalid value for \"limit\""), 0);
            case UNAUTHORIZED -> envelope.error(CmcError.API_KEY_INVALID, 0);
            case PAYMENT_REQUIRED -> envelope.error(CmcError.PAYMENT_REQUIRED, 0);
            case HUGE_BODY -> hugeBody(quotes);
            default -> throw new IllegalArgumentException(kind + " is not rendered by the API");
        };
    }

    /** Key from the header (preferred) or the query; {@code api_key} is not a CoinMarketCap spelling. */
    private void authenticate(UpstreamRequest request) {
        Optional<String> key = request.header("X-CMC_PRO_API_KEY")
                .or(() -> request.param("CMC_PRO_API_KEY"))
                .map(String::trim)
                .filter(k -> !k.isEmpty());
        if (key.isEmpty()) {
            throw CmcError.API_KEY_MISSING;
        }
        if (!properties.apiKeys().contains(key.get())) {
            throw CmcError.API_KEY_INVALID;
        }
    }

    private static long elapsed(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1_000_000;
    }

    /**
     * A valid-looking answer of about {@code simulator.faults.huge-body-bytes}: the top 200 items rendered once,
     * then written again and again, so the body never sits in memory as a whole. For quotes/latest, as one huge
     * symbol array.
     */
    private UpstreamReply hugeBody(boolean quotes) {
        MarketSnapshot snapshot = market.current();
        int[] listing = snapshot.cmcByMarketCap();
        ListingsQuery query = new ListingsQuery(
                1,
                200,
                List.of(new QuoteKey("USD", Currency.USD)),
                ListingsQueryParser.DEFAULT_AUX,
                ListingsQuery.Sort.MARKET_CAP,
                true);
        ArrayNode items = listingRenderer.items(snapshot, Arrays.copyOf(listing, Math.min(200, listing.length)), query);
        byte[] chunk = joined(items);
        ObjectNode status = quotes
                ? envelope.successStatus(Duration.ZERO, 9, 50)
                : envelope.successStatus(Duration.ZERO, 9, 50, listing.length);
        byte[] head = ("{\"status\":" + new String(json.bytes(status), StandardCharsets.UTF_8)
                        + (quotes ? ",\"data\":{\"BTC\":[" : ",\"data\":["))
                .getBytes(StandardCharsets.UTF_8);
        byte[] tail = (quotes ? "]}}" : "]}").getBytes(StandardCharsets.UTF_8);
        return UpstreamReply.repeated(head, chunk, tail, faultProperties.hugeBodyBytes());
    }

    private byte[] joined(ArrayNode items) {
        StringBuilder chunk = new StringBuilder();
        for (JsonNode item : items) {
            if (!chunk.isEmpty()) {
                chunk.append(',');
            }
            chunk.append(new String(json.bytes(item), StandardCharsets.UTF_8));
        }
        return chunk.toString().getBytes(StandardCharsets.UTF_8);
    }
}
