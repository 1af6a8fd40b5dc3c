package com.topcoins.frontapi.top;

import java.util.Locale;

/**
 * Whether a client takes gzip, by its {@code Accept-Encoding} (RFC 9110 §12.5.3): {@code gzip} (or its alias
 * {@code x-gzip}) or {@code *} with a quality above zero, unless {@code gzip} itself is refused with
 * {@code q=0}. Anything unparseable counts as not asked: the answer is then sent as it is, which every client
 * takes.
 */
final class ContentCoding {

    /** More codings than any client sends: the header is not read further. */
    private static final int MAX_CODINGS = 32;

    private ContentCoding() {}

    static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null || acceptEncoding.isBlank()) {
            return false;
        }
        Boolean gzip = null;
        boolean any = false;
        String[] codings = acceptEncoding.split(",", MAX_CODINGS + 1);
        for (int i = 0; i < Math.min(codings.length, MAX_CODINGS); i++) {
            String[] parts = codings[i].split(";");
            String name = parts[0].strip().toLowerCase(Locale.ROOT);
            boolean wanted = quality(parts) > 0;
            if (name.equals("gzip") || name.equals("x-gzip")) {
                gzip = wanted;
            } else if (name.equals("*")) {
                any = wanted;
            }
        }
        return gzip != null ? gzip : any;
    }

    private static double quality(String[] parameters) {
        for (int i = 1; i < parameters.length; i++) {
            String parameter = parameters[i].strip();
            if (parameter.length() > 2 && parameter.substring(0, 2).equalsIgnoreCase("q=")) {
                try {
                    return Double.parseDouble(parameter.substring(2).strip());
                } catch (NumberFormatException e) {
                    return 0;
                }
            }
        }
        return 1;
    }
}
