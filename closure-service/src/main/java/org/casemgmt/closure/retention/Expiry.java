package org.casemgmt.closure.retention;

import java.time.Instant;
import java.util.List;

/**
 * The end of a client's retention, as announced on case.retention-expired.
 *
 * @param caseId        the case whose retention ended last, which set the moment
 * @param caseIds       every case of the client
 * @param programId     the program of {@code caseId}
 * @param legalBasis    its program's legal basis
 * @param retainedUntil when its retention period ended
 * @param expiredAt     when the end was announced
 * @param eventId       the announcement's CloudEvents id, under which closure erases its own copy of the client
 */
record Expiry(String caseId, List<String> caseIds, String programId, String legalBasis, Instant retainedUntil,
                     Instant expiredAt, String eventId) {

    Expiry {
        caseIds = List.copyOf(caseIds);
    }

    Expiry announcedAs(String id) {
        return new Expiry(caseId, caseIds, programId, legalBasis, retainedUntil, expiredAt, id);
    }
}
