package com.topcoins.simulator.coinmarketcap;

import java.util.List;

/**
 * A CoinMarketCap error: real HTTP status plus {@code status.error_code} (a platform code 1001-1011 when one
 * applies, else the HTTP status repeated).
 */
final class CmcError extends RuntimeException {

    static final CmcError API_KEY_INVALID = new CmcError(401, 1001, "This API Key is invalid.");
    static final CmcError API_KEY_MISSING = new CmcError(401, 1002, "API key missing.");
    static final CmcError PAYMENT_REQUIRED =
            new CmcError(402, 1003, "Your API Key must be activated. Please go to pro.coinmarketcap.com/account/plan.");
    static final CmcError MINUTE_RATE_LIMIT = new CmcError(
            429, 1008, "You've exceeded your API Key's HTTP request rate limit. Rate limits reset every minute.");
    static final CmcError DAILY_RATE_LIMIT =
            new CmcError(429, 1009, "You've exceeded your API Key's daily rate limit.");
    static final CmcError MONTHLY_RATE_LIMIT =
            new CmcError(429, 1010, "You've exceeded your API Key's monthly rate limit.");
    static final CmcError SERVER_ERROR = new CmcError(500, 500, "An internal server error occurred");

    private final int httpStatus;
    private final int errorCode;

    private CmcError(int httpStatus, int errorCode, String message) {
        super(message, null, false, false);
        this.httpStatus = httpStatus;
        this.errorCode = errorCode;
    }

    /** HTTP 400 with a validator-style message such as {@code "xyz" is not allowed}. */
    static CmcError badRequest(String message) {
        return new CmcError(400, 400, message);
    }

    /** HTTP 400 for values that name nothing: {@code Invalid value for "symbol": "XYZ"}, plural for several. */
    static CmcError invalidValues(String parameter, List<String> values) {
        return badRequest((values.size() == 1 ? "Invalid value for \"" : "Invalid values for \"") + parameter + "\": \""
                + String.join(",", values) + "\"");
    }

    int httpStatus() {
        return httpStatus;
    }

    int errorCode() {
        return errorCode;
    }
}
