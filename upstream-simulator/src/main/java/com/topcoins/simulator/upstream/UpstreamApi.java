package com.topcoins.simulator.upstream;

import com.topcoins.simulator.fault.FaultKind;

/** One simulated provider, rendering both its normal answers and its faults in its own real shapes. */
public interface UpstreamApi {

    Api api();

    /** The normal answer; {@code tweak} reshapes the page if the answer is a successful page. */
    UpstreamReply serve(UpstreamRequest request, PageTweak tweak);

    /**
     * The answer for a fault that replaces the normal one (RATE_LIMIT, DAILY_LIMIT, SERVER_ERROR, ERROR_ENVELOPE,
     * UNAUTHORIZED, PAYMENT_REQUIRED, HUGE_BODY).
     */
    UpstreamReply fault(FaultKind kind, UpstreamRequest request);
}
