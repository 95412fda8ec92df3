package org.casemgmt.intake.client;

/** INACTIVE marks a record no longer in use (for example a duplicate that was merged by hand); it is never deleted. */
public enum ClientStatus {
    ACTIVE,
    INACTIVE
}
