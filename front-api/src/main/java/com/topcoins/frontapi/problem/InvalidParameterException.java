package com.topcoins.frontapi.problem;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** 400: a query parameter is invalid; the problem names which. */
public class InvalidParameterException extends ErrorResponseException {

    public InvalidParameterException(String parameter, String detail) {
        super(HttpStatus.BAD_REQUEST, problem(parameter, detail), null);
    }

    private static ProblemDetail problem(String parameter, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setTitle("Invalid parameter");
        problem.setProperty("parameter", parameter);
        return problem;
    }
}
