package org.casemgmt.auth;

/**
 * The roles the services authorise on, as they appear in the {@code roles} claim. Binding the configuration to this
 * enum refuses a misspelt role at start rather than issuing tokens no service understands.
 */
public enum Role {
    CASE_WORKER,
    SUPERVISOR,
    AGENCY_ADMIN,
    PROVIDER,
    AUDITOR
}
