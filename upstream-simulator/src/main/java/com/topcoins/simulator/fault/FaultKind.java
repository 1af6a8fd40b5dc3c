package com.topcoins.simulator.fault;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What an injected fault does; each API renders it in its own real shape. */
public enum FaultKind {
    /** Sleep {@code delayMs}, then answer normally. */
    LATENCY,
    /** Sleep {@code delayMs} (default 30 s) before answering normally: the client is expected to time out. */
    TIMEOUT,
    RATE_LIMIT,
    DAILY_LIMIT,
    SERVER_ERROR,
    /** HTTP 200, JSON content type, truncated body. */
    MALFORMED_JSON,
    /** The provider's own error envelope for a bad parameter. */
    ERROR_ENVELOPE,
    /** Success envelope, totals unchanged, no items. */
    EMPTY_PAGE,
    /** Success envelope with fewer items than requested although more exist. */
    SHORT_PAGE,
    /** Success envelope repeating items of the previous page, as if the list reshuffled between pages. */
    DUPLICATE_IDS,
    UNAUTHORIZED,
    PAYMENT_REQUIRED,
    /** About 50 MB of valid-looking JSON, streamed. */
    HUGE_BODY,
    /**
     * The normal answer with every time in it moved back by {@code ageSeconds} (default 2 years), as a recording
     * made that long ago would show it: a truly stale upstream, for the ingestion's data-age refusal.
     */
    REPLAY;

    public static Optional<FaultKind> parse(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String wanted = name.trim().toUpperCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(kind -> kind.name().equals(wanted))
                .findFirst();
    }
}
