package com.topcoins.frontapi.asset;

import com.topcoins.frontapi.problem.InvalidParameterException;
import com.topcoins.frontapi.top.QueryParameters;
import java.util.regex.Pattern;

/**
 * A ticker as a client writes it in the path. Checked against a short charset before it reaches MongoDB: tickers
 * are letters and digits, with the odd {@code .}, {@code *}, {@code $}, {@code _} or {@code -} ({@code USDC.e},
 * {@code $PAC}); anything else is a 400, never a query.
 */
record AssetSymbol(String value) {

    static final String PATTERN = "[A-Za-z0-9.*$_-]{1,32}";
    private static final Pattern VALID = Pattern.compile(PATTERN);

    AssetSymbol {
        if (value == null || !VALID.matcher(value).matches()) {
            throw new InvalidParameterException(
                    "symbol",
                    "'symbol' must be 1 to 32 of A-Z, a-z, 0-9 and . * $ _ -, not '%s'"
                            .formatted(value == null ? "" : QueryParameters.abbreviate(value)));
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
