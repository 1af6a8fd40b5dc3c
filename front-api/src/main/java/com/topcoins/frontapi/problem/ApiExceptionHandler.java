package com.topcoins.frontapi.problem;

import com.mongodb.MongoException;
import com.topcoins.frontapi.ApiProperties;
import io.github.resilience4j.bulkhead.BulkheadFullException;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import org.springframework.boot.tomcat.autoconfigure.TomcatServerProperties;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error as {@code application/problem+json} (an HTML page for a browser): Spring MVC's own exceptions (unknown path 404,
 * wrong method 405, unacceptable Accept 406 …) through {@link ResponseEntityExceptionHandler}, ours
 * as {@link org.springframework.web.ErrorResponseException}s, MongoDB outages as 503, and anything
 * unexpected as a 500 without internals. Failures that are not the client's go through {@link FailureLog}.
 */
@RestControllerAdvice
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private final ApiProperties properties;
    private final FailureLog failures;
    private final int maxParameterCount;
    private final ProblemPage page;

    ApiExceptionHandler(
            ApiProperties properties, FailureLog failures, TomcatServerProperties tomcat, ProblemPage page) {
        this.properties = properties;
        this.failures = failures;
        this.page = page;
        this.maxParameterCount = tomcat.getMaxParameterCount();
    }

    /** MongoDB down, or hung past the operation timeout. */
    @ExceptionHandler(MongoException.class)
    ResponseEntity<Object> mongoUnavailable(MongoException e, WebRequest request) {
        return databaseUnavailable(
                e,
                "The database is unreachable and this answer is not cached; try again shortly",
                properties.retryAfter(),
                request);
    }

    /** As many requests as the database bulkhead allows already wait on MongoDB (slow or hung). */
    @ExceptionHandler(BulkheadFullException.class)
    ResponseEntity<Object> databaseBusy(BulkheadFullException e, WebRequest request) {
        return databaseUnavailable(
                e,
                "The database is slow to answer and this answer is not cached; try again shortly",
                properties.busyRetryAfter(),
                request);
    }

    private ResponseEntity<Object> databaseUnavailable(
            Exception e, String detail, Duration retryAfter, WebRequest request) {
        failures.databaseUnavailable(e);
        DataUnavailableException unavailable = new DataUnavailableException(detail, retryAfter, e);
        return handleExceptionInternal(
                unavailable, unavailable.getBody(), unavailable.getHeaders(), unavailable.getStatusCode(), request);
    }

    /**
     * Problems are problem+json, whatever the client's Accept (even an unparseable one): the content
     * type is set here, so it is not negotiated. The instance too (see {@link ProblemInstance}). Only a
     * browser (its Accept names {@code text/html}) gets them as an HTML page ({@link ProblemPage}).
     */
    @Override
    protected ResponseEntity<Object> createResponseEntity(
            Object body, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (body instanceof ProblemDetail problem && ProblemPage.wanted(servletRequest(request))) {
            return page.render(problem, headers, status);
        }
        HttpHeaders problemHeaders = new HttpHeaders();
        problemHeaders.addAll(headers);
        problemHeaders.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        if (body instanceof ProblemDetail problem && problem.getInstance() == null) {
            problem.setInstance(ProblemInstance.of(servletRequest(request).getRequestURI()));
        }
        return super.createResponseEntity(body, problemHeaders, status, request);
    }

    /**
     * Tomcat parses the query lazily and fails on malformed escapes such as {@code %ZZ}, and on more
     * parameters than {@code server.tomcat.max-parameter-count}; its message quotes the input, so ours is used.
     */
    @ExceptionHandler(org.apache.tomcat.util.http.InvalidParameterException.class)
    ResponseEntity<Object> malformedQuery(RuntimeException e, WebRequest request) {
        String query = servletRequest(request).getQueryString();
        InvalidParameterException invalid = new InvalidParameterException(
                "(query)",
                query != null && maxParameterCount >= 0 && query.split("&", -1).length > maxParameterCount
                        ? "The query has more than %d parameters".formatted(maxParameterCount)
                        : "The query string is malformed (bad percent-encoding?)");
        return handleExceptionInternal(
                invalid, invalid.getBody(), invalid.getHeaders(), invalid.getStatusCode(), request);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception e, WebRequest request) {
        HttpServletRequest servlet = servletRequest(request);
        failures.unexpected(e, servlet.getMethod(), servlet.getRequestURI());
        ProblemDetail problem =
                ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR, "An unexpected error occurred");
        return handleExceptionInternal(e, problem, new HttpHeaders(), HttpStatus.INTERNAL_SERVER_ERROR, request);
    }

    private static HttpServletRequest servletRequest(WebRequest request) {
        return ((NativeWebRequest) request).getNativeRequest(HttpServletRequest.class);
    }
}
