package com.topcoins.simulator.upstream;

import com.topcoins.simulator.fault.FaultKind;
import java.time.Duration;

/** One simulated provider, rendering both its normal answers and its faults in its own real shapes. */
public interface UpstreamApi {

    Api api();

    /** The normal answer; {@code tweak} reshapes the page if the answer is a successful page. */
    default UpstreamReply serve(UpstreamRequest request, PageTweak tweak) {
        return serve(request, tweak, Duration.ZERO);
    }

    /**
     * The normal answer as recorded {@code age} ago (REPLAY): a successful answer has every time in it moved back
     * by {@code age}, its figures unchanged; zero is the answer as of now.
     */
    UpstreamReply serve(UpstreamRequest request, PageTweak tweak, Duration age);

    /**
     * The answer for a fault that replaces the normal one (RATE_LIMIT, DAILY_LIMIT, SERVER_ERROR, ERROR_ENVELOPE,
     * UNAUTHORIZED, PAYMENT_REQUIRED, HUGE_BODY).
     */
    UpstreamReply fault(FaultKind kind, UpstreamRequest request);
}
