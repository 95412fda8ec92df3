package org.casemgmt.closure.retention;

import java.time.Instant;
import java.util.List;

/**
 * A client's retention as an agency admin or an auditor reads it: each case with its closure and the end of its own
 * period, when the client's data will go (null while a case is open or held), the holds, and when it went.
 *
 * @param state         OPEN (a case of the client is open), RETAINED, HELD, EXPIRED or ERASED_ON_REQUEST
 * @param caseId        the case whose period ends last, which sets the moment
 * @param retainedUntil when that period ends (or ended), holds aside
 * @param expiresAt     when the client's data will be erased as things stand: null while open or held, or once done
 * @param legalBasis    the legal basis of {@code caseId}'s program
 * @param expiredAt     when the end was announced and the stages erased the client; null before
 */
record RetentionView(String clientId, String agencyId, String state, String caseId, String programId,
                     Instant retainedUntil, Instant expiresAt, String legalBasis, Instant expiredAt,
                     List<RetainedCase> cases, List<LegalHold> holds) {

    static RetentionView of(ClientRetention retention) {
        Expiry expiry = retention.getExpiry();
        RetainedCase deciding = retention.getCases().stream()
                .filter(kase -> kase.caseId().equals(retention.getDecidingCaseId())).findFirst().orElse(null);
        return new RetentionView(retention.getClientId(), retention.getAgencyId(), retention.state().name(),
                retention.getDecidingCaseId(), deciding == null ? null : deciding.programId(),
                retention.getRetainedUntil(), retention.expiresAt(), deciding == null ? null : deciding.legalBasis(),
                expiry == null ? null : expiry.expiredAt(), retention.getCases(), retention.getHolds());
    }
}
