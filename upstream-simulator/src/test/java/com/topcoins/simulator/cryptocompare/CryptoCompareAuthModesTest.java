package com.topcoins.simulator.cryptocompare;

import static org.assertj.core.api.Assertions.assertThat;

import com.topcoins.simulator.fault.FaultProperties;
import com.topcoins.simulator.json.SimulatorJson;
import com.topcoins.simulator.market.Market;
import com.topcoins.simulator.market.MarketProperties;
import com.topcoins.simulator.upstream.PageTweak;
import com.topcoins.simulator.upstream.UpstreamReply;
import com.topcoins.simulator.upstream.UpstreamRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The two non-default auth settings, exercised without a second Spring context (the HTTP tests share one,
 * configured with the defaults).
 */
class CryptoCompareAuthModesTest {

    private static final Market MARKET = new Market(new MarketProperties(500, 7, Duration.ZERO));

    @Test
    void authErrorsCanComeAsHttp401WithTheSameBody() {
        UpstreamReply reply = api(true, true).serve(request(Map.of("tsym", List.of("USD"))), PageTweak.NONE);
        assertThat(reply.status()).isEqualTo(401);
        JsonNode body = body(reply);
        assertThat(body.get("Response").asString()).isEqualTo("Error");
        assertThat(body.get("Type").asInt()).isEqualTo(1);
        // Parameter errors keep HTTP 200 in that mode.
        UpstreamReply missingTsym = api(true, true).serve(request(Map.of("api_key", List.of("k"))), PageTweak.NONE);
        assertThat(missingTsym.status()).isEqualTo(200);
    }

    @Test
    void keylessCallsPassWhenKeysAreOptionalButWrongKeysDoNot() {
        CryptoCompareApi api = api(false, false);
        assertThat(body(api.serve(request(Map.of("tsym", List.of("USD"))), PageTweak.NONE))
                        .get("Type")
                        .asInt())
                .isEqualTo(100);
        assertThat(body(api.serve(request(Map.of("tsym", List.of("USD"), "api_key", List.of("wrong"))), PageTweak.NONE))
                        .get("Type")
                        .asInt())
                .isEqualTo(1);
    }

    private static CryptoCompareApi api(boolean requireKey, boolean asHttp401) {
        SimulatorJson json = new SimulatorJson();
        return new CryptoCompareApi(
                MARKET,
                new CryptoCompareProperties(List.of("k"), requireKey, asHttp401),
                new FaultProperties(Duration.ofSeconds(1), Duration.ofSeconds(30), 1_000_000, Duration.ofDays(730)),
                new ToplistEntryRenderer(json),
                new CcEnvelope(json),
                json);
    }

    private static UpstreamRequest request(Map<String, List<String>> params) {
        return new UpstreamRequest(CryptoCompareApi.TOTAL_VOLUME_PATH, params, Map.of());
    }

    private static JsonNode body(UpstreamReply reply) {
        return JsonMapper.shared().readTree(new String(((UpstreamReply.Body) reply).bytes(), StandardCharsets.UTF_8));
    }
}
