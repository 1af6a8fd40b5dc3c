package com.topcoins.frontapi.problem;

import com.topcoins.frontapi.top.OutputFormat;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * A problem as a small HTML page, for a browser: a client whose {@code Accept} names {@code text/html}
 * as {@code GET /} negotiates it ({@link OutputFormat#htmlPreferredBy}). Same status and headers
 * ({@code Retry-After} …) as the problem+json everyone else gets.
 */
@Component
class ProblemPage {

    private final ITemplateEngine templates;

    ProblemPage(ITemplateEngine templates) {
        this.templates = templates;
    }

    static boolean wanted(HttpServletRequest request) {
        return OutputFormat.htmlPreferredBy(request.getHeader(HttpHeaders.ACCEPT));
    }

    /** The page of {@code problem}, with {@code headers} but an HTML content type. */
    ResponseEntity<Object> render(ProblemDetail problem, HttpHeaders headers, HttpStatusCode status) {
        HttpStatus known = HttpStatus.resolve(status.value());
        Map<String, Object> variables = new HashMap<>();
        variables.put("status", status.value());
        variables.put(
                "title",
                problem.getTitle() != null ? problem.getTitle() : known != null ? known.getReasonPhrase() : "Error");
        variables.put("reason", known != null ? known.getReasonPhrase() : null);
        variables.put("detail", problem.getDetail());
        variables.put("retryAfter", headers.getFirst(HttpHeaders.RETRY_AFTER));
        byte[] page = templates
                .process("problem", new Context(Locale.ENGLISH, variables))
                .getBytes(StandardCharsets.UTF_8);
        HttpHeaders pageHeaders = new HttpHeaders();
        pageHeaders.addAll(headers);
        pageHeaders.setContentType(OutputFormat.HTML.mediaType());
        return ResponseEntity.status(status).headers(pageHeaders).body(page);
    }
}
