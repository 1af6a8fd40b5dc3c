package com.topcoins.frontapi.top;

import com.topcoins.frontapi.problem.InvalidParameterException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.springframework.util.MultiValueMap;

/**
 * A request's query string, read parameter by parameter by the rules every endpoint shares: unknown or
 * repeated parameters, an unknown format and an unparseable, future or pre-1970 instant are each a 400 naming
 * the parameter, and user input is echoed abbreviated.
 */
public final class QueryParameters {

    /** Snapshots are stored as BSON dates; an instant before Unix time is no snapshot's and overflows nothing. */
    static final Instant EARLIEST_INSTANT = Instant.EPOCH;

    private final MultiValueMap<String, String> parameters;

    /** @param known the parameters the endpoint takes, in the order its error message lists them */
    public QueryParameters(MultiValueMap<String, String> parameters, List<String> known) {
        for (String name : parameters.keySet()) {
            if (!known.contains(name)) {
                throw new InvalidParameterException(
                        name,
                        "Unknown parameter '%s'; known: %s"
                                .formatted(abbreviate(name), known.isEmpty() ? "none" : String.join(", ", known)));
            }
        }
        this.parameters = parameters;
    }

    /** The value of a parameter given at most once, or null when absent. */
    public String single(String name) {
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

    /** {@code format} ({@code json} or {@code csv}, any case), or null to negotiate on {@code Accept}. */
    public OutputFormat format() {
        String value = single("format");
        if (value == null) {
            return null;
        }
        OutputFormat format = OutputFormat.ofParameter(value.strip());
        if (format == null) {
            throw new InvalidParameterException(
                    "format", "'format' must be json or csv, not '%s'".formatted(abbreviate(value)));
        }
        return format;
    }

    /** An ISO-8601 instant from 1970 to {@code now}, or null when absent. */
    public Instant instant(String name, Instant now) {
        String value = single(name);
        if (value == null) {
            return null;
        }
        Instant instant;
        try {
            instant = OffsetDateTime.parse(value.strip()).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidParameterException(
                    name,
                    "'%s' must be an ISO-8601 instant such as 2026-01-31T12:00:00Z, not '%s'"
                            .formatted(name, abbreviate(value)));
        }
        if (instant.isAfter(now)) {
            throw new InvalidParameterException(name, "'%s' is in the future: %s".formatted(name, instant));
        }
        if (instant.isBefore(EARLIEST_INSTANT)) {
            throw new InvalidParameterException(
                    name, "'%s' must not be before %s, not %s".formatted(name, EARLIEST_INSTANT, instant));
        }
        return instant;
    }

    /** Echoes user input, but never a megabyte of it. */
    public static String abbreviate(String value) {
        return value.length() <= 40 ? value : value.substring(0, 40) + "…";
    }
}
