package com.topcoins.chaos.probe;

import java.nio.charset.StandardCharsets;

/**
 * Counts lines, lines naming OutOfMemoryError and lines of a graceful shutdown in a log fed chunk by chunk: a
 * line split over two chunks is still one line, and markers are looked for in whole lines only.
 */
final class LogCounter {

    static final String OOM = "OutOfMemoryError";
    /** Spring Boot's line when a SIGTERM starts the shutdown: the process was stopped, it did not crash. */
    static final String GRACEFUL_SHUTDOWN = "Commencing graceful shutdown";

    private final StringBuilder partial = new StringBuilder();
    private long lines;
    private long oomLines;
    private long shutdownLines;

    void feed(byte[] chunk, int length) {
        String text = new String(chunk, 0, length, StandardCharsets.ISO_8859_1);
        int from = 0;
        for (int nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', from)) {
            partial.append(text, from, nl);
            lines++;
            if (partial.indexOf(OOM) >= 0) {
                oomLines++;
            }
            if (partial.indexOf(GRACEFUL_SHUTDOWN) >= 0) {
                shutdownLines++;
            }
            partial.setLength(0);
            from = nl + 1;
        }
        partial.append(text, from, text.length());
        if (partial.length() > 1 << 20) {
            partial.delete(
                    0,
                    partial.length() - GRACEFUL_SHUTDOWN.length()); // one endless line: keep what a marker could span
        }
    }

    long lines() {
        return lines;
    }

    long oomLines() {
        return oomLines;
    }

    long shutdownLines() {
        return shutdownLines;
    }
}
