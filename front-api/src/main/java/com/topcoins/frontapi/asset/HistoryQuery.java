package com.topcoins.frontapi.asset;

import com.topcoins.frontapi.problem.InvalidParameterException;
import com.topcoins.frontapi.top.OutputFormat;
import com.topcoins.frontapi.top.QueryParameters;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.util.MultiValueMap;

/**
 * The validated query of a history request, by the rules of the top endpoint's ({@link QueryParameters}): each
 * bad parameter a 400 naming it; also {@code from} after {@code to} and a span over the configured maximum.
 *
 * @param format the {@code format} parameter, or null to negotiate on {@code Accept}
 */
record HistoryQuery(Instant from, Instant to, OutputFormat format) {

    static final List<String> PARAMETERS = List.of("from", "to", "format");

    static HistoryQuery parse(MultiValueMap<String, String> parameters, AssetProperties properties, Instant now) {
        QueryParameters query = new QueryParameters(parameters, PARAMETERS);
        Instant to = query.instant("to", now);
        if (to == null) {
            to = now;
        }
        Instant from = query.instant("from", now);
        if (from == null) {
            from = to.minus(properties.defaultHistorySpan());
        }
        if (from.isAfter(to)) {
            throw new InvalidParameterException("from", "'from' (%s) is after 'to' (%s)".formatted(from, to));
        }
        Duration max = properties.maxHistorySpan();
        if (Duration.between(from, to).compareTo(max) > 0) {
            throw new InvalidParameterException(
                    "from", "'from' (%s) is more than %s before 'to' (%s)".formatted(from, readable(max), to));
        }
        return new HistoryQuery(from, to, query.format());
    }

    /** {@code 7d} reads better than {@code PT168H}. */
    private static String readable(Duration duration) {
        return duration.toDaysPart() > 0 && duration.equals(Duration.ofDays(duration.toDays()))
                ? duration.toDays() + " d"
                : duration.toString();
    }
}
