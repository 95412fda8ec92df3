package org.casemgmt.events.closure.v1;

import java.time.Instant;
import java.util.List;

/**
 * The retention period of a client's closed cases ended: every stage erases what it holds of the client, as on
 * client.erased, and keeps what statistics need. Retention is per client, since a client's personal data is
 * encrypted under one key per client in each stage: it ends once every case of the client is closed, none is under a
 * legal hold, and the last of their periods (closure plus the period the agency set for the case's program) has
 * passed. Announced once per client, by a durable timer of closure-service. Carries ids and the agency's legal basis
 * only, so nothing in it outlives the erasure. Keyed by client id, as client.erased.
 *
 * @param caseId        the case whose retention ended last, which set the moment; its program and legal basis follow
 * @param clientId      the client, as in case.opened
 * @param agencyId      the agency that owns the cases
 * @param caseIds       every case of the client closure knew of, so that a consumer keyed by case finds what to erase
 * @param programId     the program of {@code caseId}
 * @param legalBasis    why the agency kept the cases that long, as its retention policy for the program states it
 * @param retainedUntil when the retention period ended: the closure of {@code caseId} plus its program's period
 * @param expiredAt     when closure announced the end (after {@code retainedUntil}: later if a legal hold was lifted
 *                      since, or the policy was shortened)
 */
public record CaseRetentionExpired(String caseId, String clientId, String agencyId, List<String> caseIds,
                                   String programId, String legalBasis, Instant retainedUntil, Instant expiredAt) {
}
