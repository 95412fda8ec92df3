package org.casemgmt.platform.web;

import com.mongodb.MongoSocketException;
import com.mongodb.MongoTimeoutException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * A store that cannot be reached (down, restarting, failing over) is an outage the client may retry, not a bug: 503
 * {@code store-unavailable} with {@code Retry-After}, whether the exception handlers or a filter before them meet it.
 */
public final class StoreOutage {

    private StoreOutage() {
    }

    /**
     * The exception in the chain that says the store cannot be reached; null if none does. Looked for through the
     * whole chain, as Spring Data translates the driver's exception but a callback may wrap it again.
     */
    public static Throwable cause(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof DataAccessResourceFailureException || cause instanceof MongoTimeoutException
                    || cause instanceof MongoSocketException) {
                return cause;
            }
        }
        return null;
    }

    /** The problem to answer with, under {@code Retry-After: }{@value Problems#OUTAGE_RETRY_AFTER_SECONDS}. */
    public static ProblemDetail problem(String path) {
        return Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "store-unavailable", "Store unavailable",
                "This service cannot reach its data store just now. Retry shortly; quote the correlation id if it "
                        + "persists.", path);
    }
}
