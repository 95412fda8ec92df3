package org.casemgmt.platform.audit;

import jakarta.servlet.ServletRequest;

/**
 * What the audit trail recorded for the current request, for whatever hands the same data out again later without
 * running the controller: the Idempotency-Key replay puts each replay on record as a read of the same resource.
 */
public final class AuditedAccess {

    private static final String ATTRIBUTE = AuditedAccess.class.getName();

    private AuditedAccess() {
    }

    static void remember(ServletRequest request, AuditRecord recorded) {
        request.setAttribute(ATTRIBUTE, recorded);
    }

    /** The access the trail recorded for {@code request}; null when it was not an audited one. */
    public static AuditRecord of(ServletRequest request) {
        return request.getAttribute(ATTRIBUTE) instanceof AuditRecord recorded ? recorded : null;
    }
}
