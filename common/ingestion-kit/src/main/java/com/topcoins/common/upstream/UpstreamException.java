package com.topcoins.common.upstream;

/**
 * An upstream call or its content was not usable. {@code retryable} tells the retry policy whether
 * another attempt can help (rate limits, 5xx, timeouts) or cannot (bad key, plan limits, bad request).
 */
public class UpstreamException extends RuntimeException {

    private final boolean retryable;

    public UpstreamException(String message, boolean retryable) {
        this(message, retryable, null);
    }

    public UpstreamException(String message, boolean retryable, Throwable cause) {
        super(message, cause);
        this.retryable = retryable;
    }

    public boolean retryable() {
        return retryable;
    }

    /** The default for an HTTP status nothing more specific is known about. */
    public static UpstreamException forStatus(String api, int status, String detail) {
        boolean retryable = status == 408 || status == 429 || status >= 500;
        return new UpstreamException("%s answered HTTP %d: %s".formatted(api, status, detail), retryable);
    }
}
