package com.topcoins.frontapi.door;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers an HTTP/0.9 request ({@code GET /} with no version) with nothing: that protocol has no
 * status line or headers, so any body would reach the client as if it were a successful answer, with
 * no content type and no caching rules. Tomcat marks such a request with an empty protocol and closes
 * the connection after it.
 */
@Component
class Http09Filter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getProtocol().isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return;
        }
        chain.doFilter(request, response);
    }
}
