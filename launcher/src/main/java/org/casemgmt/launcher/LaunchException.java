package org.casemgmt.launcher;

/** The platform could not start; the message says which component failed and where its log is. */
public class LaunchException extends Exception {

    LaunchException(String message) {
        super(message);
    }

    LaunchException(String message, Throwable cause) {
        super(message, cause);
    }
}
