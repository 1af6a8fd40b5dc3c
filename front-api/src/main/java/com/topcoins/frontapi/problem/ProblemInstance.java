package com.topcoins.frontapi.problem;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.springframework.web.util.UriUtils;

/**
 * The {@code instance} of a problem: the request path as a relative URI. Spring fills an empty one
 * with {@code URI.create(requestUri)}, which throws on paths such as {@code //} (a URI that starts with
 * two slashes needs an authority) and turned a 404 into a 500; so every problem gets its instance here.
 */
final class ProblemInstance {

    private ProblemInstance() {}

    /** Repeated slashes merged (as Tomcat does to map the request), whatever else is left escaped. */
    static URI of(String requestUri) {
        String path = requestUri == null || requestUri.isEmpty() ? "/" : requestUri.replaceAll("/{2,}", "/");
        try {
            return new URI(path);
        } catch (java.net.URISyntaxException e) {
            return URI.create(UriUtils.encodePath(path, StandardCharsets.UTF_8));
        }
    }
}
