package com.topcoins.frontapi.top;

import com.topcoins.frontapi.problem.InvalidParameterException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.util.InvalidMimeTypeException;
import org.springframework.util.MimeTypeUtils;
import org.springframework.web.HttpMediaTypeNotAcceptableException;

/**
 * The representations of the top endpoints. JSON and CSV can be asked for with {@code format};
 * HTML only by a client that names {@code text/html} in {@code Accept} (a browser), never through
 * a wildcard, so {@code curl} and API clients always get data.
 */
public enum OutputFormat {
    JSON("json", MediaType.APPLICATION_JSON),
    CSV("csv", MediaType.parseMediaType("text/csv;charset=UTF-8")),
    HTML(null, MediaType.parseMediaType("text/html;charset=UTF-8"));

    /** The value of {@code format} that selects it, or null when only {@code Accept} can. */
    private final String parameter;

    private final MediaType mediaType;

    OutputFormat(String parameter, MediaType mediaType) {
        this.parameter = parameter;
        this.mediaType = mediaType;
    }

    public MediaType mediaType() {
        return mediaType;
    }

    /** The format a {@code format} value names, ignoring case; null if none. */
    static OutputFormat ofParameter(String value) {
        for (OutputFormat format : values()) {
            if (format.parameter != null && format.parameter.equalsIgnoreCase(value)) {
                return format;
            }
        }
        return null;
    }

    /**
     * Whether a client with this {@code Accept} header is a browser: one that {@code GET /} would answer
     * with the HTML page. Such clients get errors as an HTML page too; everyone else (a missing or
     * unparseable Accept, a wildcard, curl) gets problem+json.
     */
    public static boolean htmlPreferredBy(String accept) {
        try {
            return accept != null && TopController.negotiate(accept) == HTML;
        } catch (HttpMediaTypeNotAcceptableException | RuntimeException e) {
            return false;
        }
    }

    /** Whether an Accept entry asks for this format: HTML must be named, the data formats may be matched by wildcards. */
    boolean acceptedBy(MediaType accepted) {
        if (this == HTML) {
            return accepted.isCompatibleWith(mediaType) && !accepted.isWildcardType() && !accepted.isWildcardSubtype();
        }
        return accepted.includes(mediaType);
    }

    /**
     * The first of the {@code offered} formats acceptable in the client's order of preference: JSON (if offered)
     * for a missing Accept; HTML only when named (see {@link #acceptedBy}). None acceptable: 406.
     */
    public static OutputFormat negotiate(String accept, Set<OutputFormat> offered)
            throws HttpMediaTypeNotAcceptableException {
        if (accept == null || accept.isBlank()) {
            return offered.contains(JSON) ? JSON : offered.iterator().next();
        }
        List<MediaType> accepted;
        try {
            accepted = new ArrayList<>(MediaType.parseMediaTypes(accept));
        } catch (InvalidMediaTypeException e) {
            throw new InvalidParameterException("Accept", "Unparseable Accept header");
        }
        try {
            MimeTypeUtils.sortBySpecificity(accepted);
        } catch (InvalidMimeTypeException e) {
            // Spring refuses to sort very long lists (quadratic); no client needs one.
            throw new InvalidParameterException("Accept", "The Accept header lists too many media types");
        }
        List<MediaType> ranges = List.copyOf(accepted);
        accepted.sort((a, b) -> Double.compare(b.getQualityValue(), a.getQualityValue()));
        for (MediaType type : accepted) {
            if (type.getQualityValue() == 0) {
                continue;
            }
            for (OutputFormat format : values()) {
                if (offered.contains(format) && format.acceptedBy(type) && !format.refusedBy(ranges)) {
                    return format;
                }
            }
        }
        throw new HttpMediaTypeNotAcceptableException(
                offered.stream().map(OutputFormat::mediaType).toList());
    }

    /**
     * RFC 9110 §12.5.1: a format's quality is that of the most specific range that matches it, so
     * {@code application/json;q=0, *}{@code /*} refuses JSON even though the wildcard would take it.
     */
    private boolean refusedBy(List<MediaType> ranges) {
        return ranges.stream()
                .filter(range -> range.includes(mediaType))
                .max(Comparator.comparingInt(
                        range -> (range.isWildcardType() ? 0 : 2) + (range.isWildcardSubtype() ? 0 : 1)))
                .map(range -> range.getQualityValue() == 0)
                .orElse(false);
    }
}
