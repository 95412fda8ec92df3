package org.casemgmt.platform.audit;

import org.casemgmt.platform.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/** An access could not be put on record, so its result must not be handed out: answered with 503. */
public class AuditUnavailableException extends RuntimeException {

    public AuditUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }

    /** The 503 the caller gets instead of the data, wherever it would have been handed out. */
    public static ProblemDetail problem(String path) {
        return Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "audit-unavailable", "Audit unavailable",
                "This access could not be put on record, so it was not served. Try again shortly; quote the "
                        + "correlation id if it persists.", path);
    }
}
