package com.topcoins.frontapi.problem;

import java.time.Instant;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** 404: no snapshot was current at the requested instant (before the data or outside retention). */
public class SnapshotNotFoundException extends ErrorResponseException {

    public SnapshotNotFoundException(Instant at) {
        super(HttpStatus.NOT_FOUND, problem(at), null);
    }

    private static ProblemDetail problem(Instant at) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.NOT_FOUND,
                "No complete snapshot of both sources was current at " + at + " (outside the retention window?)");
        problem.setTitle("No data at that instant");
        return problem;
    }
}
