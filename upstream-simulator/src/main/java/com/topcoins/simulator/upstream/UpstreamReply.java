package com.topcoins.simulator.upstream;

import java.io.IOException;
import java.io.OutputStream;

/** A finished answer of a simulated API: either a complete body or one streamed piece by piece. */
public sealed interface UpstreamReply {

    String JSON = "application/json; charset=utf-8";

    int status();

    String contentType();

    record Body(int status, String contentType, byte[] bytes) implements UpstreamReply {}

    /** For bodies too large to hold in memory (the HUGE_BODY fault). */
    record Streamed(int status, String contentType, BodyStreamer streamer) implements UpstreamReply {}

    @FunctionalInterface
    interface BodyStreamer {
        void writeTo(OutputStream out) throws IOException;
    }

    static Body json(int status, byte[] bytes) {
        return new Body(status, JSON, bytes);
    }

    /**
     * HTTP 200 JSON of about {@code size} bytes: {@code head}, then {@code chunk} repeated (comma-separated),
     * then {@code tail}. Only the pieces are held in memory.
     */
    static Streamed repeated(byte[] head, byte[] chunk, byte[] tail, long size) {
        return new Streamed(200, JSON, out -> {
            out.write(head);
            long written = head.length + tail.length;
            for (boolean first = true; first || written < size; first = false) {
                if (!first) {
                    out.write(',');
                    written++;
                }
                out.write(chunk);
                written += chunk.length;
            }
            out.write(tail);
        });
    }
}
