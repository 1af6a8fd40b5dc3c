package com.topcoins.frontapi.top;

import com.topcoins.frontapi.problem.InvalidParameterException;
import java.time.Instant;
import java.util.List;
import org.springframework.util.MultiValueMap;

/**
 * The validated query of a top request. Every way a parameter can be wrong is a 400 naming it:
 * unknown or repeated parameters, anything but ASCII digits for a number, values out of range, an
 * unknown format, an unparseable, future or pre-1970 {@code at}.
 *
 * @param start  1-based rank of the first row
 * @param limit  number of rows
 * @param format the {@code format} parameter, or null to negotiate on {@code Accept}
 * @param at     the instant whose snapshots to answer from, or null for the current ones
 */
public record TopQuery(int start, int limit, OutputFormat format, Instant at) {

    static final List<String> PARAMETERS = List.of("limit", "start", "format", "at");

    /** More digits than any valid value has: the text is refused before it is parsed. */
    private static final int MAX_DIGITS = 9;

    public static TopQuery parse(
            MultiValueMap<String, String> parameters, int maxLimit, int defaultLimit, Instant now) {
        QueryParameters query = new QueryParameters(parameters, PARAMETERS);
        int limit = number(query, "limit", Math.min(defaultLimit, maxLimit), maxLimit);
        int start = number(query, "start", 1, maxLimit);
        return new TopQuery(start, limit, query.format(), query.instant("at", now));
    }

    private static int number(QueryParameters parameters, String name, int fallback, int max) {
        String value = parameters.single(name);
        if (value == null) {
            return fallback;
        }
        // Integer.parseInt also takes '+', and digits of every script (Arabic-Indic, full-width…).
        if (value.isEmpty() || value.length() > MAX_DIGITS || !value.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new InvalidParameterException(
                    name,
                    "'%s' must be a whole number from 1 to %d in ASCII digits, not '%s'"
                            .formatted(name, max, QueryParameters.abbreviate(value)));
        }
        int number = Integer.parseInt(value);
        if (number < 1 || number > max) {
            throw new InvalidParameterException(name, "'%s' must be from 1 to %d, not %d".formatted(name, max, number));
        }
        return number;
    }
}
