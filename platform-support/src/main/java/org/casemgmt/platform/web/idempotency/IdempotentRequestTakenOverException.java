package org.casemgmt.platform.web.idempotency;

import org.casemgmt.platform.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/**
 * A request with an {@code Idempotency-Key} ran so long before its first write that a retry took its key over
 * ({@code casemgmt.idempotency.abandoned-after}); it stops before writing anything, and the retry's outcome is the
 * one that counts. Answered 409 {@code idempotent-request-taken-over}.
 */
class IdempotentRequestTakenOverException extends ErrorResponseException {

    IdempotentRequestTakenOverException() {
        super(HttpStatus.CONFLICT, Problems.of(HttpStatus.CONFLICT, "idempotent-request-taken-over",
                "Request taken over", "This request took so long that a retry with the same Idempotency-Key "
                        + "took it over; it stopped before changing anything. Retry with the same key to get the "
                        + "retry's response.", null), null);
    }
}
