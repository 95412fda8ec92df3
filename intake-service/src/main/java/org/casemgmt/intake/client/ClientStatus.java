package org.casemgmt.intake.client;

/**
 * INACTIVE marks a record no longer in use (for example a duplicate that was merged by hand); it is never deleted.
 * ERASED is a client erased at their request: the record stays for the agency's statistics, without the person.
 */
public enum ClientStatus {
    ACTIVE,
    INACTIVE,
    ERASED
}
