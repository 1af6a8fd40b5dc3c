package com.topcoins.chaos.probe;

import java.nio.charset.StandardCharsets;

/**
 * Counts lines, and lines naming OutOfMemoryError, in a log fed chunk by chunk: a line split over two chunks
 * is still one line, and the marker is looked for in whole lines only.
 */
final class LogCounter {

    static final String OOM = "OutOfMemoryError";

    private final StringBuilder partial = new StringBuilder();
    private long lines;
    private long oomLines;

    void feed(byte[] chunk, int length) {
        String text = new String(chunk, 0, length, StandardCharsets.ISO_8859_1);
        int from = 0;
        for (int nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', from)) {
            partial.append(text, from, nl);
            lines++;
            if (partial.indexOf(OOM) >= 0) {
                oomLines++;
            }
            partial.setLength(0);
            from = nl + 1;
        }
        partial.append(text, from, text.length());
        if (partial.length() > 1 << 20) {
            partial.delete(0, partial.length() - OOM.length()); // one endless line: keep only what a marker could span
        }
    }

    long lines() {
        return lines;
    }

    long oomLines() {
        return oomLines;
    }
}
