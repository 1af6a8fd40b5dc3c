package com.topcoins.chaos.client;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * One parsed answer. {@code status} is {@link #NO_STATUS_LINE} when the server answered bytes that do not
 * start with a status line (an HTTP/0.9 answer); {@code body} holds at most the bytes the caller asked to keep.
 */
public record HttpResponse(int status, Map<String, String> headers, byte[] body, boolean keepAlive) {

    public static final int NO_STATUS_LINE = -1;

    public String bodyText() {
        return new String(body, StandardCharsets.ISO_8859_1);
    }
}
