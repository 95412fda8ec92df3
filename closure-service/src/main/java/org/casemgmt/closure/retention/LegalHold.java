package org.casemgmt.closure.retention;

import java.time.Instant;

/**
 * An agency admin's order to keep a case whatever its retention says (litigation, an investigation, a records
 * request), with the reason; lifting it keeps who lifted it and when. While any case of the client is held, nothing of
 * the client expires. The reason is encrypted under the client's key: it may name the matter, and so the person.
 *
 * @param caseId   the case held
 * @param reason   why, in the admin's words
 * @param placedBy who placed it
 * @param placedAt when
 * @param liftedBy who lifted it; null while it holds
 * @param liftedAt when; null while it holds
 */
record LegalHold(String caseId, String reason, String placedBy, Instant placedAt, String liftedBy,
                        Instant liftedAt) {

    static LegalHold placed(String caseId, String reason, String by, Instant at) {
        return new LegalHold(caseId, reason, by, at, null, null);
    }

    LegalHold lifted(String by, Instant at) {
        return new LegalHold(caseId, reason, placedBy, placedAt, by, at);
    }

    boolean isActive() {
        return liftedAt == null;
    }
}
