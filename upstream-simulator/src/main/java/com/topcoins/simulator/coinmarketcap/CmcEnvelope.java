package com.topcoins.simulator.coinmarketcap;

import com.topcoins.simulator.json.IsoTimes;
import com.topcoins.simulator.json.SimulatorJson;
import com.topcoins.simulator.upstream.UpstreamReply;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.springframework.stereotype.Component;
import tools.jackson.databind.node.ObjectNode;

/** CoinMarketCap's {@code status} object, for success ({@code status} + {@code data}) and error (only {@code status}). */
@Component
class CmcEnvelope {

    private final SimulatorJson json;

    CmcEnvelope(SimulatorJson json) {
        this.json = json;
    }

    /** quotes/latest's: no {@code total_count}. {@code age} moves the timestamp back, for REPLAY. */
    ObjectNode successStatus(Duration age, long elapsedMillis, int creditCount) {
        ObjectNode status = json.object();
        status.put("timestamp", IsoTimes.format(now().minus(age)));
        status.put("error_code", 0);
        status.putNull("error_message");
        status.put("elapsed", elapsedMillis);
        status.put("credit_count", creditCount);
        status.putNull("notice");
        return status;
    }

    /** The listing's, with {@code total_count} (not in the vendor schema, but in every recent recording). */
    ObjectNode successStatus(Duration age, long elapsedMillis, int creditCount, int totalCount) {
        ObjectNode status = successStatus(age, elapsedMillis, creditCount);
        status.put("total_count", totalCount);
        return status;
    }

    /** Errors carry only {@code status}: no {@code notice}, no {@code total_count}, no {@code data}; they cost 0 credits. */
    UpstreamReply error(CmcError error, long elapsedMillis) {
        ObjectNode body = json.object();
        ObjectNode status = body.putObject("status");
        status.put("timestamp", IsoTimes.format(now()));
        status.put("error_code", error.errorCode());
        status.put("error_message", error.getMessage());
        status.put("elapsed", elapsedMillis);
        status.put("credit_count", 0);
        return UpstreamReply.json(error.httpStatus(), json.bytes(body));
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }
}
