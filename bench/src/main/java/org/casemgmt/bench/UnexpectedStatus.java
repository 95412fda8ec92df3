package org.casemgmt.bench;

/**
 * An answer with another status than the request expects: a figure measured on error answers would measure the
 * wrong thing, so one case at a time stops on it, and the load windows count it as an error by its status.
 */
final class UnexpectedStatus extends RuntimeException {

    private final int status;

    UnexpectedStatus(int status, String message) {
        super(message);
        this.status = status;
    }

    int status() {
        return status;
    }
}
