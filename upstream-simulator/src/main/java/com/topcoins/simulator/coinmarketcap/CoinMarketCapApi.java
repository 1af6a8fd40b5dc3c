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
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;

/** CoinMarketCap Pro API v1, {@code /v1/cryptocurrency/listings/latest}: auth, validation, paging, faults. */
@Component
public class CoinMarketCapApi implements UpstreamApi {

    private final Market market;
    private final CoinMarketCapProperties properties;
    private final FaultProperties faultProperties;
    private final ListingRenderer renderer;
    private final CmcEnvelope envelope;
    private final SimulatorJson json;

    CoinMarketCapApi(
            Market market,
            CoinMarketCapProperties properties,
            FaultProperties faultProperties,
            ListingRenderer renderer,
            CmcEnvelope envelope,
            SimulatorJson json) {
        this.market = market;
        this.properties = properties;
        this.faultProperties = faultProperties;
        this.renderer = renderer;
        this.envelope = envelope;
        this.json = json;
    }

    @Override
    public Api api() {
        return Api.COINMARKETCAP;
    }

    @Override
    public UpstreamReply serve(UpstreamRequest request, PageTweak tweak) {
        long started = System.nanoTime();
        try {
            authenticate(request);
            ListingsQuery query = ListingsQueryParser.parse(request);
            MarketSnapshot snapshot = market.current();
            int[] listing = ListingSelector.select(snapshot, query);
            // start beyond the end is not an error upstream (as far as anyone has seen): just an empty page.
            int from = (int) Math.min(listing.length, query.start() - 1L);
            int to = (int) Math.min(listing.length, (long) from + query.limit());
            int[] page = tweak.select(listing, from, to);
            ArrayNode data = renderer.items(snapshot, page, query);
            var body = json.object();
            body.set("status", envelope.successStatus(elapsed(started), credits(page.length, query), listing.length));
            body.set("data", data);
            return UpstreamReply.json(200, json.bytes(body));
        } catch (CmcError error) {
            return envelope.error(error, elapsed(started));
        }
    }

    @Override
    public UpstreamReply fault(FaultKind kind, UpstreamRequest request) {
        return switch (kind) {
            case RATE_LIMIT -> envelope.error(CmcError.MINUTE_RATE_LIMIT, 1);
            case DAILY_LIMIT -> envelope.error(CmcError.DAILY_RATE_LIMIT, 1);
            case SERVER_ERROR -> envelope.error(CmcError.SERVER_ERROR, 3);
            case ERROR_ENVELOPE -> envelope.error(CmcError.badRequest("Invalid value for \"limit\""), 0);
            case UNAUTHORIZED -> envelope.error(CmcError.API_KEY_INVALID, 0);
            case PAYMENT_REQUIRED -> envelope.error(CmcError.PAYMENT_REQUIRED, 0);
            case HUGE_BODY -> hugeBody();
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

    /** One credit per 100 items (at least one), plus one per extra conversion. */
    private static int credits(int items, ListingsQuery query) {
        return Math.max(1, (items + 99) / 100) + query.quotes().size() - 1;
    }

    /**
     * A valid-looking listing of about {@code simulator.faults.huge-body-bytes}: the top 200 items rendered once,
     * then written again and again, so the body never sits in memory as a whole.
     */
    private UpstreamReply hugeBody() {
        MarketSnapshot snapshot = market.current();
        int[] listing = snapshot.cmcByMarketCap();
        ListingsQuery query = new ListingsQuery(
                1,
                200,
                List.of(new ListingsQuery.QuoteKey("USD", Currency.USD)),
                ListingsQueryParser.DEFAULT_AUX,
                ListingsQuery.Sort.MARKET_CAP,
                true);
        ArrayNode items = renderer.items(snapshot, Arrays.copyOf(listing, Math.min(200, listing.length)), query);
        byte[] chunk = joined(items);
        byte[] head = ("{\"status\":"
                        + new String(json.bytes(envelope.successStatus(9, 50, listing.length)), StandardCharsets.UTF_8)
                        + ",\"data\":[")
                .getBytes(StandardCharsets.UTF_8);
        return UpstreamReply.repeated(
                head, chunk, "]}".getBytes(StandardCharsets.UTF_8), faultProperties.hugeBodyBytes());
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
