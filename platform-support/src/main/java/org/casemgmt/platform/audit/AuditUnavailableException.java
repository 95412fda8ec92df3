package org.casemgmt.platform.audit;

/** An access could not be put on record, so its result must not be handed out: answered with 503. */
public class AuditUnavailableException extends RuntimeException {

    public AuditUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
