package com.topcoins.simulator.upstream;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What the simulated APIs need from an HTTP request: path, query parameters in arrival order, and headers
 * (names lower-cased, since HTTP header names are case-insensitive).
 */
public record UpstreamRequest(String path, Map<String, List<String>> params, Map<String, String> headers) {

    public UpstreamRequest {
        params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
        headers = Map.copyOf(headers);
    }

    public static UpstreamRequest from(HttpServletRequest request) {
        Map<String, List<String>> params = new LinkedHashMap<>();
        request.getParameterMap().forEach((name, values) -> params.put(name, List.of(values)));
        Map<String, String> headers = new LinkedHashMap<>();
        for (String name : Collections.list(request.getHeaderNames())) {
            headers.putIfAbsent(name.toLowerCase(Locale.ROOT), request.getHeader(name));
        }
        return new UpstreamRequest(request.getRequestURI(), params, headers);
    }

    /** First value of a query parameter. */
    public Optional<String> param(String name) {
        List<String> values = params.get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.ofNullable(values.get(0));
    }

    public Optional<String> header(String name) {
        return Optional.ofNullable(headers.get(name.toLowerCase(Locale.ROOT)));
    }
}
