package org.casemgmt.closure.retention;

import java.time.Instant;

/**
 * One case of the client as retention weighs it: still open (its retention has not begun), or closed and kept until
 * its program's period after the closure has passed.
 *
 * @param caseId          the case
 * @param programId       its program, whose policy applies
 * @param closedAt        when its latest episode closed; null while it is open
 * @param retentionPeriod the program's period when it closed; null while open
 * @param retainedUntil   the closure plus that period; null while open
 * @param legalBasis      the program's legal basis; null while open
 */
record RetainedCase(String caseId, String programId, Instant closedAt, String retentionPeriod,
                           Instant retainedUntil, String legalBasis) {

    static RetainedCase open(String caseId, String programId) {
        return new RetainedCase(caseId, programId, null, null, null, null);
    }

    static RetainedCase closed(String caseId, String programId, Instant closedAt, RetentionPolicy policy) {
        return new RetainedCase(caseId, programId, closedAt, policy.period().value(),
                policy.period().after(closedAt), policy.legalBasis());
    }

    boolean isOpen() {
        return closedAt == null;
    }
}
