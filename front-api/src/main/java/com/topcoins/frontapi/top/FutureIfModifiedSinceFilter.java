package com.topcoins.frontapi.top;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.Collections;
import java.util.Enumeration;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Hides an {@code If-Modified-Since} later than the server's clock: RFC 2616 §14.25 (and RFC 7232
 * §3.3) call such a date invalid, so it must be ignored. Honoured, it answers 304 to a client with a
 * wrong clock for every snapshot until that date. Spring evaluates the header in more than one place
 * (the controller and its ResponseEntity handling), so it is removed from the request itself.
 */
@Component
class FutureIfModifiedSinceFilter extends OncePerRequestFilter {

    private final Clock clock = Clock.systemUTC();

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(inTheFuture(request) ? new WithoutIfModifiedSince(request) : request, response);
    }

    private boolean inTheFuture(HttpServletRequest request) {
        String value = request.getHeader(HttpHeaders.IF_MODIFIED_SINCE);
        if (value == null) {
            return false;
        }
        HttpHeaders parsed = new HttpHeaders();
        parsed.set(HttpHeaders.IF_MODIFIED_SINCE, value);
        return parsed.getIfModifiedSince() > clock.millis();
    }

    private static final class WithoutIfModifiedSince extends HttpServletRequestWrapper {

        WithoutIfModifiedSince(HttpServletRequest request) {
            super(request);
        }

        private static boolean hidden(String name) {
            return HttpHeaders.IF_MODIFIED_SINCE.equalsIgnoreCase(name);
        }

        @Override
        public String getHeader(String name) {
            return hidden(name) ? null : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            return hidden(name) ? Collections.emptyEnumeration() : super.getHeaders(name);
        }

        @Override
        public long getDateHeader(String name) {
            return hidden(name) ? -1 : super.getDateHeader(name);
        }

        @Override
        public Enumeration<String> getHeaderNames() {
            return Collections.enumeration(Collections.list(super.getHeaderNames()).stream()
                    .filter(name -> !hidden(name))
                    .toList());
        }
    }
}
