package org.casemgmt.platform.security;

import jakarta.servlet.ServletRequest;

import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The agency whose record the current request reached, as {@link StaffAccess} found it: the audit trail files the
 * access under it, so that the data-protection office of that agency sees who looked at its records, refused looks
 * from other agencies included.
 */
public final class RecordAgency {

    private static final String ATTRIBUTE = RecordAgency.class.getName();

    private RecordAgency() {
    }

    static void note(String agencyId) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null && agencyId != null
                && request.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST) == null) {
            request.setAttribute(ATTRIBUTE, agencyId, RequestAttributes.SCOPE_REQUEST);
        }
    }

    /** The agency of the first record the request reached; null when it reached none. */
    public static String of(ServletRequest request) {
        return request.getAttribute(ATTRIBUTE) instanceof String agencyId ? agencyId : null;
    }
}
