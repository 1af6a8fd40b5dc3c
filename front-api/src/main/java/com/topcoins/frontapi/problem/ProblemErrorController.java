package com.topcoins.frontapi.problem;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Errors the servlet container raises outside Spring MVC (for instance a TRACE request) reach
 * {@code /error}; they are answered as problem+json too (an HTML page for a browser), in place of
 * Boot's default error JSON.
 * Asked for directly, {@code /error} is a path like any unknown one: 404.
 */
@RestController
class ProblemErrorController implements ErrorController {

    private final FailureLog failures;
    private final ProblemPage page;

    ProblemErrorController(FailureLog failures, ProblemPage page) {
        this.failures = failures;
        this.page = page;
    }

    @RequestMapping("/error")
    ResponseEntity<?> error(HttpServletRequest request) {
        if (request.getDispatcherType() != DispatcherType.ERROR) {
            return answer(request, HttpStatus.NOT_FOUND, request.getRequestURI());
        }
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer value && HttpStatus.resolve(value) != null
                ? HttpStatus.valueOf(value)
                : HttpStatus.INTERNAL_SERVER_ERROR;
        if (status.is5xxServerError()
                && request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable failure) {
            failures.unexpected(
                    failure,
                    request.getMethod(),
                    String.valueOf(request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI)));
        }
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        return answer(request, status, uri instanceof String path ? path : null);
    }

    /** problem+json, or its HTML page for a browser. */
    private ResponseEntity<?> answer(HttpServletRequest request, HttpStatus status, String path) {
        ResponseEntity<ProblemDetail> problem = problem(status, path);
        return ProblemPage.wanted(request) ? page.render(problem.getBody(), new HttpHeaders(), status) : problem;
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String path) {
        ProblemDetail problem = ProblemDetail.forStatus(status);
        problem.setInstance(ProblemInstance.of(path));
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
