package com.topcoins.simulator.stats;

import com.topcoins.simulator.upstream.Api;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;
import org.springframework.stereotype.Component;

/**
 * Counts requests that reached an upstream endpoint, whatever their outcome (faulted and rejected included), and the
 * credits the successful ones were charged ({@code status.credit_count}; only CoinMarketCap charges any).
 */
@Component
public class RequestStats {

    private final Map<Api, LongAdder> requests = new EnumMap<>(Api.class);
    private final Map<Api, LongAdder> credits = new EnumMap<>(Api.class);

    public RequestStats() {
        for (Api api : Api.values()) {
            requests.put(api, new LongAdder());
            credits.put(api, new LongAdder());
        }
    }

    public void record(Api api) {
        requests.get(api).increment();
    }

    public long requests(Api api) {
        return requests.get(api).sum();
    }

    public void recordCredits(Api api, long charged) {
        credits.get(api).add(charged);
    }

    public long credits(Api api) {
        return credits.get(api).sum();
    }

    public void reset() {
        requests.values().forEach(LongAdder::reset);
        credits.values().forEach(LongAdder::reset);
    }
}
