package com.topcoins.simulator.cryptocompare;

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
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * CryptoCompare's {@code /data/top/totalvolfull} and {@code /data/top/totaltoptiervolfull}. Unknown query
 * parameters are ignored, as the real min-api does.
 */
@Component
public class CryptoCompareApi implements UpstreamApi {

    static final String TOTAL_VOLUME_PATH = "/data/top/totalvolfull";
    static final String TOP_TIER_VOLUME_PATH = "/data/top/totaltoptiervolfull";

    private static final int MAX_TSYM_LENGTH = 30;
    private static final int MIN_LIMIT = 10;
    private static final int MAX_LIMIT = 100;

    private final Market market;
    private final CryptoCompareProperties properties;
    private final FaultProperties faultProperties;
    private final ToplistEntryRenderer renderer;
    private final CcEnvelope envelope;
    private final SimulatorJson json;

    CryptoCompareApi(
            Market market,
            CryptoCompareProperties properties,
            FaultProperties faultProperties,
            ToplistEntryRenderer renderer,
            CcEnvelope envelope,
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
        return Api.CRYPTOCOMPARE;
    }

    /**
     * A replay moves every {@code RAW.<tsym>.LASTUPDATE} through the snapshot's {@code asOf}. Its DISPLAY twin
     * stays "Just now", as a recording made back then would say; {@code AssetLaunchDate} is the coin's, not the
     * recording's. Nothing else in the body is a time.
     */
    @Override
    public UpstreamReply serve(UpstreamRequest request, PageTweak tweak, Duration age) {
        if (!authorized(request)) {
            return envelope.authError(CcEnvelope.AUTH_MESSAGE, properties.errorsAsHttp401());
        }
        Optional<String> tsymParam = request.param("tsym").map(String::trim).filter(t -> !t.isEmpty());
        if (tsymParam.isEmpty()) {
            return envelope.paramError("tsym is a required param.", "tsym");
        }
        if (tsymParam.get().length() > MAX_TSYM_LENGTH) {
            return envelope.paramError(
                    "tsym param is invalid. (tsym length is higher than maxlength: " + MAX_TSYM_LENGTH + ")", "tsym");
        }
        String tsym = tsymParam.get().toUpperCase(Locale.ROOT);
        Optional<Long> limitParam = integer(request, "limit");
        Optional<Long> pageParam = integer(request, "page");
        if (limitParam == null) {
            return envelope.paramError("limit param is not an integer.", "limit");
        }
        if (pageParam == null || pageParam.orElse(0L) < 0) {
            return envelope.paramError("page param is invalid. (page must be a positive integer)", "page");
        }
        int limit = roundLimit(limitParam.orElse((long) MIN_LIMIT));
        long page = pageParam.orElse(0L);

        MarketSnapshot snapshot = market.current().recordedAgo(age);
        int[] ranking =
                TOP_TIER_VOLUME_PATH.equals(request.path()) ? snapshot.ccByTopTierVolume() : snapshot.ccByVolume();
        int from = page >= ranking.length ? ranking.length : (int) Math.min(ranking.length, page * limit);
        int to = Math.min(ranking.length, from + limit);
        ArrayNode data = renderer.entries(snapshot, tweak.select(ranking, from, to), tsym, Currency.bySymbol(tsym));
        return UpstreamReply.json(200, json.bytes(envelope.success(ranking.length, data)));
    }

    @Override
    public UpstreamReply fault(FaultKind kind, UpstreamRequest request) {
        return switch (kind) {
            case RATE_LIMIT -> envelope.rateLimit(false);
            case DAILY_LIMIT -> envelope.rateLimit(true);
            case SERVER_ERROR -> envelope.badGateway();
            case ERROR_ENVELOPE ->
                envelope.paramError("limit param is invalid. (limit must be between 10 and 100)", "limit");
            case UNAUTHORIZED -> envelope.authError(CcEnvelope.AUTH_MESSAGE, properties.errorsAsHttp401());
            case PAYMENT_REQUIRED ->
                envelope.authError(
                        "Your subscription plan does not include this endpoint, please upgrade your account.",
                        properties.errorsAsHttp401());
            case HUGE_BODY -> hugeBody();
            default -> throw new IllegalArgumentException(kind + " is not rendered by the API");
        };
    }

    /** {@code authorization: Apikey <key>} or {@code api_key}; an unknown key is refused even when keys are optional. */
    private boolean authorized(UpstreamRequest request) {
        Optional<String> key = request.header("authorization")
                .filter(h -> h.regionMatches(true, 0, "Apikey ", 0, 7))
                .map(h -> h.substring(7).trim())
                .or(() -> request.param("api_key").map(String::trim))
                .filter(k -> !k.isEmpty());
        return key.map(k -> properties.apiKeys().contains(k)).orElse(!properties.requireKey());
    }

    /** Empty when absent; null when present but not an integer. */
    private static Optional<Long> integer(UpstreamRequest request, String name) {
        Optional<String> raw = request.param(name);
        if (raw.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(raw.get().trim()));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** "will round to steps of 10 coins": up to the next multiple of 10, at least 10, at most 100. */
    static int roundLimit(long requested) {
        long rounded = Math.floorDiv(Math.max(requested, 1) + 9, 10) * 10;
        return (int) Math.max(MIN_LIMIT, Math.min(MAX_LIMIT, rounded));
    }

    /** About {@code simulator.faults.huge-body-bytes} of valid-looking toplist, streamed from one rendered page. */
    private UpstreamReply hugeBody() {
        MarketSnapshot snapshot = market.current();
        int[] ranking = snapshot.ccByVolume();
        ArrayNode entries = renderer.entries(
                snapshot,
                Arrays.copyOf(ranking, Math.min(MAX_LIMIT, ranking.length)),
                "USD",
                Optional.of(Currency.USD));
        StringBuilder chunk = new StringBuilder();
        for (JsonNode entry : entries) {
            if (!chunk.isEmpty()) {
                chunk.append(',');
            }
            chunk.append(new String(json.bytes(entry), StandardCharsets.UTF_8));
        }
        ObjectNode meta = json.object().put("Count", ranking.length);
        String head = "{\"Message\":\"Success\",\"Type\":100,\"MetaData\":"
                + new String(json.bytes(meta), StandardCharsets.UTF_8) + ",\"SponsoredData\":[],\"Data\":[";
        String tail = "],\"RateLimit\":{},\"HasWarning\":false}";
        return UpstreamReply.repeated(
                head.getBytes(StandardCharsets.UTF_8),
                chunk.toString().getBytes(StandardCharsets.UTF_8),
                tail.getBytes(StandardCharsets.UTF_8),
                faultProperties.hugeBodyBytes());
    }
}
