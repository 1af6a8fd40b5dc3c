package com.topcoins.frontapi.top;

import org.springframework.http.MediaType;
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
}
