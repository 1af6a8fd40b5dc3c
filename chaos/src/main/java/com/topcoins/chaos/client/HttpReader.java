package com.topcoins.chaos.client;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Reads one HTTP/1.x answer off a stream, body framed by Content-Length, chunked encoding or the end of the
 * connection. Written here rather than taken from a library so "complete answer" means exactly the bytes
 * the server framed, and an HTTP/0.9 answer or a half-sent one is seen as such instead of being papered over.
 */
public final class HttpReader {

    private static final int MAX_LINE = 64 * 1024;

    private HttpReader() {}

    /**
     * @param in      a buffered stream; reads are byte by byte while parsing the head
     * @param keepBody how many body bytes to keep in the result (the rest is read and dropped)
     * @throws NoAnswerException if the stream ends before the first byte
     * @throws EOFException      if it ends inside the answer
     */
    public static HttpResponse read(InputStream in, int keepBody) throws IOException {
        while (true) {
            String statusLine = readLine(in, true);
            if (!statusLine.startsWith("HTTP/")) {
                // No status line: whatever follows until the server closes is the answer (HTTP/0.9 style).
                ByteArrayOutputStream body = new ByteArrayOutputStream();
                body.write(
                        statusLine.getBytes(StandardCharsets.ISO_8859_1), 0, Math.min(statusLine.length(), keepBody));
                copy(in, body, Long.MAX_VALUE, keepBody - body.size(), false);
                return new HttpResponse(HttpResponse.NO_STATUS_LINE, Map.of(), body.toByteArray(), false);
            }
            int status = status(statusLine);
            Map<String, String> headers = new LinkedHashMap<>();
            for (String line = readLine(in, false); !line.isEmpty(); line = readLine(in, false)) {
                int colon = line.indexOf(':');
                if (colon > 0) {
                    headers.merge(
                            line.substring(0, colon).trim().toLowerCase(Locale.ROOT),
                            line.substring(colon + 1).trim(),
                            (a, b) -> a + ", " + b);
                }
            }
            if (status / 100 == 1) {
                continue; // an interim answer (100 Continue): the real one follows
            }
            boolean keepAlive = !statusLine.startsWith("HTTP/1.0")
                    && !headers.getOrDefault("connection", "")
                            .toLowerCase(Locale.ROOT)
                            .contains("close");
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            if (status == 204 || status == 304) {
                return new HttpResponse(status, headers, new byte[0], keepAlive);
            }
            if (headers.getOrDefault("transfer-encoding", "")
                    .toLowerCase(Locale.ROOT)
                    .contains("chunked")) {
                readChunked(in, body, keepBody);
            } else if (headers.containsKey("content-length")) {
                copy(
                        in,
                        body,
                        Long.parseLong(
                                headers.get("content-length").split(",")[0].trim()),
                        keepBody,
                        true);
            } else {
                copy(in, body, Long.MAX_VALUE, keepBody, false);
                keepAlive = false;
            }
            return new HttpResponse(status, headers, body.toByteArray(), keepAlive);
        }
    }

    static int status(String statusLine) throws IOException {
        String[] parts = statusLine.split(" ", 3);
        if (parts.length < 2 || parts[1].length() != 3) {
            throw new IOException("malformed status line: " + statusLine);
        }
        try {
            return Integer.parseInt(parts[1]);
        } catch (NumberFormatException e) {
            throw new IOException("malformed status line: " + statusLine, e);
        }
    }

    private static void readChunked(InputStream in, ByteArrayOutputStream body, int keepBody) throws IOException {
        while (true) {
            String sizeLine = readLine(in, false);
            int semicolon = sizeLine.indexOf(';');
            long size;
            try {
                size = Long.parseLong((semicolon < 0 ? sizeLine : sizeLine.substring(0, semicolon)).trim(), 16);
            } catch (NumberFormatException e) {
                throw new IOException("malformed chunk size: " + sizeLine, e);
            }
            if (size == 0) {
                while (!readLine(in, false).isEmpty()) {
                    // trailers: read and dropped
                }
                return;
            }
            copy(in, body, size, keepBody - body.size(), true);
            readLine(in, false); // the CRLF after each chunk
        }
    }

    /** Copies up to {@code length} bytes (or to the end when not {@code exact}), keeping the first {@code keep}. */
    private static void copy(InputStream in, ByteArrayOutputStream kept, long length, int keep, boolean exact)
            throws IOException {
        byte[] buffer = new byte[8192];
        long left = length;
        int keepLeft = Math.max(0, keep);
        while (left > 0) {
            int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
            if (n < 0) {
                if (exact) {
                    throw new EOFException("closed with " + left + " body bytes missing");
                }
                return;
            }
            int k = Math.min(n, keepLeft);
            kept.write(buffer, 0, k);
            keepLeft -= k;
            left -= n;
        }
    }

    /** A line without its CR LF; at the very start of an answer an immediate end is {@link NoAnswerException}. */
    private static String readLine(InputStream in, boolean first) throws IOException {
        StringBuilder line = new StringBuilder();
        while (true) {
            int b = in.read();
            if (b < 0) {
                if (first && line.isEmpty()) {
                    throw new NoAnswerException();
                }
                if (first) {
                    return line.toString(); // an unterminated first line is still what the server sent
                }
                throw new EOFException("closed inside the head of an answer");
            }
            if (b == '\n') {
                int end = line.length();
                if (end > 0 && line.charAt(end - 1) == '\r') {
                    line.setLength(end - 1);
                }
                return line.toString();
            }
            if (line.length() >= MAX_LINE) {
                if (first) {
                    return line.toString(); // not a status line: the caller drains the rest
                }
                throw new IOException("header line longer than " + MAX_LINE + " bytes");
            }
            line.append((char) b);
        }
    }
}
