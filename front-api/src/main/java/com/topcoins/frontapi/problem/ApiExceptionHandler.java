package com.topcoins.frontapi.problem;

import com.mongodb.MongoException;
import com.topcoins.frontapi.ApiProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error as {@code application/problem+json}: Spring MVC's own exceptions (unknown path 404,
 * wrong method 405, unacceptable Accept 406 …) through {@link ResponseEntityExceptionHandler}, ours
 * as {@link org.springframework.web.ErrorResponseException}s, MongoDB outages as 503, and anything
 * unexpected as a 500 without internals.
 */
@RestControllerAdvice
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    private final ApiProperties properties;

    ApiExceptionHandler(ApiProperties properties) {
        this.properties = properties;
    }

    @ExceptionHandler(MongoException.class)
    ResponseEntity<Object> mongoUnavailable(MongoException e, WebRequest request) {
        log.warn("MongoDB unavailable for an uncached answer: {}", e.getMessage());
        DataUnavailableException unavailable = new DataUnavailableException(
                "The database is unreachable and this answer is not cached; try again shortly",
                properties.retryAfter(), e);
        return handleExceptionInternal(unavailable, unavailable.getBody(), unavailable.getHeaders(),
                unavailable.getStatusCode(), request);
    }

    /**
     * Problems are always problem+json, whatever the client's Accept (even an unparseable one): the
     * content type is set here, so it is not negotiated.
     */
    @Override
    protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode status,
                                                          WebRequest request) {
        HttpHeaders problemHeaders = new HttpHeaders();
        problemHeaders.addAll(headers);
        problemHeaders.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        return super.createResponseEntity(body, problemHeaders, status, request);
    }

    /** Tomcat parses the query lazily and fails on malformed escapes such as {@code %ZZ}. */
    @ExceptionHandler(org.apache.tomcat.util.http.InvalidParameterException.class)
    ResponseEntity<Object> malformedQuery(RuntimeException e, WebRequest request) {
        InvalidParameterException invalid = new InvalidParameterException("(query)",
                "The query string is malformed (bad percent-encoding?)");
        return handleExceptionInternal(invalid, invalid.getBody(), invalid.getHeaders(), invalid.getStatusCode(), request);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception e, WebRequest request) {
        log.error("Unexpected error", e);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                "An unexpected error occurred");
        return handleExceptionInternal(e, problem, new HttpHeaders(), HttpStatus.INTERNAL_SERVER_ERROR, request);
    }
}
