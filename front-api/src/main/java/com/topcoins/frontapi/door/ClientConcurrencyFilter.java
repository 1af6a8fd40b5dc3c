package com.topcoins.frontapi.door;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadConfig;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * At most N requests of one {@link Client} in progress at once, each a Resilience4j bulkhead. A client
 * that pipelines requests and never reads its answers blocks a worker per response until the write
 * timeout; this keeps such a client to N of the workers. The permit covers the whole response,
 * flushed inside it. A request past the limit gets a small 429 and its connection is closed, so the
 * rest of a pipeline is dropped instead of answered (into a socket its client may not be reading).
 */
final class ClientConcurrencyFilter extends OncePerRequestFilter {

    private static final Duration IDLE_CLIENT_EXPIRY = Duration.ofMinutes(5);
    private static final long MAX_TRACKED_CLIENTS = 100_000;

    private final BulkheadConfig perClient;
    private final Cache<Client, Bulkhead> bulkheads = Caffeine.newBuilder()
            .expireAfterAccess(IDLE_CLIENT_EXPIRY)
            .maximumSize(MAX_TRACKED_CLIENTS)
            .build();
    private final byte[] rejection;
    private final Runnable onRejected;

    ClientConcurrencyFilter(int maxConcurrentRequests, Runnable onRejected) {
        this.perClient = BulkheadConfig.custom()
                .maxConcurrentCalls(maxConcurrentRequests)
                .maxWaitDuration(Duration.ZERO)
                .build();
        this.onRejected = onRejected;
        this.rejection = ("{\"type\":\"about:blank\",\"title\":\"Too Many Requests\",\"status\":429,"
                        + "\"detail\":\"More than " + maxConcurrentRequests + " requests from your address at once; "
                        + "wait for your answers before sending more\"}")
                .getBytes(StandardCharsets.UTF_8);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Bulkhead bulkhead = bulkheads.get(Client.ofAddress(request.getRemoteAddr()), this::bulkhead);
        if (!bulkhead.tryAcquirePermission()) {
            onRejected.run();
            reject(response);
            return;
        }
        try {
            chain.doFilter(request, response);
            if (!request.isAsyncStarted()) {
                response.flushBuffer();
            }
        } finally {
            bulkhead.onComplete();
        }
    }

    private Bulkhead bulkhead(Client client) {
        return Bulkhead.of(client.key(), perClient);
    }

    private void reject(HttpServletResponse response) throws IOException {
        response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setHeader(HttpHeaders.RETRY_AFTER, "1");
        // Tomcat closes the connection after this answer: the pipelined requests behind it are dropped.
        response.setHeader(HttpHeaders.CONNECTION, "close");
        response.setContentLength(rejection.length);
        response.getOutputStream().write(rejection);
    }
}
