package org.casemgmt.platform.audit;

/** How the request ended, from its HTTP status. */
public enum AuditOutcome {
    SUCCESS, DENIED, FAILED;

    /** 2xx and 3xx succeeded; 401 and 403 refused the actor; anything else (404 included) failed. */
    public static AuditOutcome of(int status) {
        if (status < 400) {
            return SUCCESS;
        }
        return status == 401 || status == 403 ? DENIED : FAILED;
    }
}
