package org.casemgmt.platform.audit;

/** What was done to the resource; a domain verb, when useful, goes beside it as the entry's operation. */
public enum AuditAction {
    READ, CREATE, UPDATE, DELETE
}
