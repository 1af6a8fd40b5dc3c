package com.topcoins.chaos.attack;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/** The malformed flood's inputs: each one a way a request could reach code that was not written for it. */
final class BadInputs {

    private BadInputs() {}

    static List<BadInput> all(String host, ZonedDateTime now) {
        List<BadInput> inputs = new ArrayList<>();
        StringJoiner accept = new StringJoiner(", ");
        for (int i = 1; i < 60; i++) {
            accept.add("application/x-chaos-" + i);
        }
        accept.add("application/json");
        inputs.add(get("Accept with 60 media types", "/?limit=5", host, "Accept: " + accept + "\r\n", null));
        inputs.add(get("at=-999999999-01-01T00:00:00Z", "/?at=-999999999-01-01T00:00:00Z", host, "", null));
        inputs.add(get("GET //", "//", host, "", null));
        inputs.add(get("GET /error", "/error", host, "", null));
        inputs.add(get("limit=%D9%A5 (Arabic-Indic digit five)", "/?limit=%D9%A5", host, "", null));
        inputs.add(get("limit=%EF%BC%95 (full-width five)", "/?limit=%EF%BC%95", host, "", null));
        StringJoiner parameters = new StringJoiner("&", "/?", "");
        for (int i = 0; i < 1100; i++) {
            parameters.add("p" + i + "=" + i);
        }
        inputs.add(get("1100 query parameters", parameters.toString(), host, "", null));
        // No version: an HTTP/0.9 request line, whose answer (if any) has no status line.
        inputs.add(new BadInput("HTTP/0.9 request line GET /", Target.ascii("GET /\r\n"), null));
        String future = DateTimeFormatter.RFC_1123_DATE_TIME.format(
                now.withZoneSameInstant(ZoneOffset.UTC).plusYears(50));
        inputs.add(get(
                "If-Modified-Since 50 years ahead", "/?limit=5", host, "If-Modified-Since: " + future + "\r\n", null));
        inputs.add(get("%ZZ escapes", "/?limit=%ZZ&start=%Z1", host, "", null));
        inputs.add(get("20 KB header", "/?limit=5", host, "X-Big: " + "a".repeat(20 * 1024) + "\r\n", null));
        inputs.add(request("unknown method FOO", "FOO / HTTP/1.1", host, "", null));
        inputs.add(request("TRACE /", "TRACE / HTTP/1.1", host, "", null));
        inputs.add(get("limit=abc", "/?limit=abc", host, "", null));
        inputs.add(get("limit=1&limit=2", "/?limit=1&limit=2", host, "", null));
        inputs.add(get("Host: evil.example on /v3/api-docs", "/v3/api-docs", "evil.example", "", "evil.example"));
        return List.copyOf(inputs);
    }

    private static BadInput get(String name, String target, String host, String headers, String marker) {
        return request(name, "GET " + target + " HTTP/1.1", host, headers, marker);
    }

    private static BadInput request(String name, String requestLine, String host, String headers, String marker) {
        return new BadInput(
                name,
                Target.ascii(requestLine + "\r\nHost: " + host + "\r\n" + headers + "Connection: close\r\n\r\n"),
                marker);
    }
}
