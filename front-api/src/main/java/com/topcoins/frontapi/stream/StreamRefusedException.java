package com.topcoins.frontapi.stream;

import java.time.Duration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A stream past its limits: 503 when every stream is taken, 429 when the client holds its share; with Retry-After. */
class StreamRefusedException extends ErrorResponseException {

    StreamRefusedException(HttpStatus status, String detail, Duration retryAfter) {
        super(status, problem(status, detail), null);
        getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, retryAfter.toSeconds())));
    }

    private static ProblemDetail problem(HttpStatus status, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle("No stream available");
        return problem;
    }
}
