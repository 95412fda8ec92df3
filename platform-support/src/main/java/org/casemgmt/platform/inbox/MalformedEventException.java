package org.casemgmt.platform.inbox;

/**
 * A record that can never be processed (missing CloudEvents headers, a body that does not match the contract).
 * Not retried: it goes straight to the dead-letter topic with this message in its headers.
 */
public class MalformedEventException extends RuntimeException {

    public MalformedEventException(String message) {
        super(message);
    }

    public MalformedEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
