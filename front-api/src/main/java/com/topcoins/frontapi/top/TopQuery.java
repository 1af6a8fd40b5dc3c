package com.topcoins.frontapi.top;

import com.topcoins.frontapi.problem.InvalidParameterException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
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

    static final Set<String> PARAMETERS = Set.of("limit", "start", "format", "at");

    /** Snapshots are stored as BSON dates; an instant before Unix time is no snapshot's and overflows nothing. */
    static final Instant EARLIEST_AT = Instant.EPOCH;

    /** More digits than any valid value has: the text is refused before it is parsed. */
    private static final int MAX_DIGITS = 9;

    public static TopQuery parse(
            MultiValueMap<String, String> parameters, int maxLimit, int defaultLimit, Instant now) {
        for (String name : parameters.keySet()) {
            if (!PARAMETERS.contains(name)) {
                throw new InvalidParameterException(
                        name, "Unknown parameter '%s'; known: limit, start, format, at".formatted(abbreviate(name)));
            }
        }
        int limit = number(parameters, "limit", Math.min(defaultLimit, maxLimit), maxLimit);
        int start = number(parameters, "start", 1, maxLimit);
        String format = single(parameters, "format");
        String at = single(parameters, "at");
        return new TopQuery(start, limit, format == null ? null : format(format), at == null ? null : instant(at, now));
    }

    private static int number(MultiValueMap<String, String> parameters, String name, int fallback, int max) {
        String value = single(parameters, name);
        if (value == null) {
            return fallback;
        }
        // Integer.parseInt also takes '+', and digits of every script (Arabic-Indic, full-width…).
        if (value.isEmpty() || value.length() > MAX_DIGITS || !value.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new InvalidParameterException(
                    name,
                    "'%s' must be a whole number from 1 to %d in ASCII digits, not '%s'"
                            .formatted(name, max, abbreviate(value)));
        }
        int number = Integer.parseInt(value);
        if (number < 1 || number > max) {
            throw new InvalidParameterException(name, "'%s' must be from 1 to %d, not %d".formatted(name, max, number));
        }
        return number;
    }

    private static OutputFormat format(String value) {
        OutputFormat format = OutputFormat.ofParameter(value.strip());
        if (format == null) {
            throw new InvalidParameterException(
                    "format", "'format' must be json or csv, not '%s'".formatted(abbreviate(value)));
        }
        return format;
    }

    private static Instant instant(String value, Instant now) {
        Instant at;
        try {
            at = OffsetDateTime.parse(value.strip()).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidParameterException(
                    "at",
                    "'at' must be an ISO-8601 instant such as 2026-01-31T12:00:00Z, not '%s'"
                            .formatted(abbreviate(value)));
        }
        if (at.isAfter(now)) {
            throw new InvalidParameterException("at", "'at' is in the future: " + at);
        }
        if (at.isBefore(EARLIEST_AT)) {
            throw new InvalidParameterException("at", "'at' must not be before " + EARLIEST_AT + ", not " + at);
        }
        return at;
    }

    private static String single(MultiValueMap<String, String> parameters, String name) {
        List<String> values = parameters.get(name);
        if (values == null || values.isEmpty()) {
            return null;
        }
        if (values.size() > 1) {
            throw new InvalidParameterException(
                    name, "'%s' is given %d times; give it once".formatted(name, values.size()));
        }
        return values.get(0);
    }

    /** Echoes user input, but never a megabyte of it. */
    private static String abbreviate(String value) {
        return value.length() <= 40 ? value : value.substring(0, 40) + "…";
    }
}
