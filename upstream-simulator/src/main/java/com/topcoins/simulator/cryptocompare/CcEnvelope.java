package com.topcoins.simulator.cryptocompare;

import com.topcoins.simulator.json.SimulatorJson;
import com.topcoins.simulator.upstream.UpstreamReply;
import java.nio.charset.StandardCharsets;
import org.springframework.stereotype.Component;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * CryptoCompare's envelopes. Success has no {@code Response} key and an array {@code Data}; every error has
 * {@code Response: "Error"} and an object {@code Data}, and normally comes with HTTP 200.
 */
@Component
class CcEnvelope {

    static final String AUTH_MESSAGE = "You need a valid auth key or api key to access this endpoint";
    static final String RATE_LIMIT_MESSAGE = "You are over your rate limit please upgrade your account!";

    private static final String BAD_GATEWAY = """
            <html>
            <head><title>502 Bad Gateway</title></head>
            <body>
            <center><h1>502 Bad Gateway</h1></center>
            <hr><center>nginx</center>
            </body>
            </html>
            """;

    private final SimulatorJson json;

    CcEnvelope(SimulatorJson json) {
        this.json = json;
    }

    ObjectNode success(int count, ArrayNode data) {
        ObjectNode body = json.object();
        body.put("Message", "Success");
        body.put("Type", 100);
        body.putObject("MetaData").put("Count", count);
        body.putArray("SponsoredData");
        body.set("Data", data);
        body.putObject("RateLimit");
        body.put("HasWarning", false);
        return body;
    }

    /** Type 1: missing, unknown or insufficient key. */
    UpstreamReply authError(String message, boolean asHttp401) {
        return UpstreamReply.json(asHttp401 ? 401 : 200, json.bytes(error(1, message)));
    }

    /** Type 2: bad parameter, named in {@code ParamWithError}. */
    UpstreamReply paramError(String message, String param) {
        ObjectNode body = error(2, message);
        body.put("ParamWithError", param);
        return UpstreamReply.json(200, json.bytes(body));
    }

    /** Type 99 with the per-window counters; {@code daily} exhausts the day window instead of the minute one. */
    UpstreamReply rateLimit(boolean daily) {
        ObjectNode body = error(99, RATE_LIMIT_MESSAGE);
        ObjectNode limits = body.putObject("RateLimit");
        ObjectNode made = limits.putObject("calls_made");
        made.put("second", daily ? 1 : 21);
        made.put("minute", daily ? 12 : 301);
        made.put("hour", daily ? 410 : 1612);
        made.put("day", daily ? 7500 : 4311);
        made.put("month", daily ? 48211 : 20455);
        made.put("total_calls", daily ? 131877 : 88102);
        ObjectNode max = limits.putObject("max_calls");
        max.put("second", 20);
        max.put("minute", 300);
        max.put("hour", 3000);
        max.put("day", 7500);
        max.put("month", 50000);
        return UpstreamReply.json(200, json.bytes(body));
    }

    /** Routing error: the minimal body, without HasWarning or RateLimit. */
    UpstreamReply pathDoesNotExist() {
        ObjectNode body = json.object();
        body.put("Response", "Error");
        body.put("Message", "Path does not exist");
        body.put("Type", 0);
        body.putObject("Data");
        return UpstreamReply.json(200, json.bytes(body));
    }

    /** What a proxy in front of the API sends when the backend is down. */
    UpstreamReply badGateway() {
        return new UpstreamReply.Body(502, "text/html", BAD_GATEWAY.getBytes(StandardCharsets.UTF_8));
    }

    private ObjectNode error(int type, String message) {
        ObjectNode body = json.object();
        body.put("Response", "Error");
        body.put("Message", message);
        body.put("HasWarning", false);
        body.put("Type", type);
        body.putObject("RateLimit");
        body.putObject("Data");
        return body;
    }
}
