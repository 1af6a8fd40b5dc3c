package com.topcoins.simulator.upstream;

import com.topcoins.simulator.fault.FaultPlan;
import com.topcoins.simulator.fault.FaultRegistry;
import com.topcoins.simulator.stats.RequestStats;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Every upstream request passes here: it is counted, then answered normally or through the first queued
 * fault that applies to it.
 */
@Component
public class UpstreamDispatcher {

    private final RequestStats stats;
    private final FaultRegistry faults;

    public UpstreamDispatcher(RequestStats stats, FaultRegistry faults) {
        this.stats = stats;
        this.faults = faults;
    }

    public UpstreamReply dispatch(UpstreamApi api, UpstreamRequest request) {
        stats.record(api.api());
        Optional<FaultPlan> planned = faults.next(api.api());
        if (planned.isEmpty()) {
            return api.serve(request, PageTweak.NONE);
        }
        FaultPlan fault = planned.get();
        sleep(fault.delay());
        return switch (fault.kind()) {
            case LATENCY, TIMEOUT -> api.serve(request, PageTweak.NONE);
            case EMPTY_PAGE -> api.serve(request, PageTweak.EMPTY);
            case SHORT_PAGE -> api.serve(request, PageTweak.SHORT);
            case DUPLICATE_IDS -> api.serve(request, PageTweak.DUPLICATES);
            case MALFORMED_JSON -> truncated(api.serve(request, PageTweak.NONE));
            case REPLAY -> api.serve(request, PageTweak.NONE, fault.age());
            case RATE_LIMIT, DAILY_LIMIT, SERVER_ERROR, ERROR_ENVELOPE, UNAUTHORIZED, PAYMENT_REQUIRED, HUGE_BODY ->
                api.fault(fault.kind(), request);
        };
    }

    /** A body cut off mid-way, as a dropped connection behind a proxy would leave it: HTTP 200, invalid JSON. */
    private static UpstreamReply truncated(UpstreamReply normal) {
        byte[] whole = normal instanceof UpstreamReply.Body body ? body.bytes() : "{\"data\":[{\"id\":1}]}".getBytes();
        int cut = Math.max(1, Math.min(whole.length - 1, whole.length * 2 / 3));
        return UpstreamReply.json(200, Arrays.copyOf(whole, cut));
    }

    private static void sleep(Duration delay) {
        if (delay.isZero() || delay.isNegative()) {
            return;
        }
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
