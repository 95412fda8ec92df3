package org.casemgmt.events.audit.v1;

import java.time.Instant;

/**
 * Someone read or changed client or case data, as the producing service's hash-chained audit trail recorded it,
 * for an agency's data-protection office. Carries ids only, never personal data. Keyed by the case id when the
 * resource belongs to a known case, else by the resource id, else (a list or search) by the resource type.
 *
 * @param service       the service whose trail holds the entry, e.g. {@code intake-service}
 * @param sequence      the entry's position on its lane of that service's trail, from 1 without gaps
 * @param actorId       who did it
 * @param agencyId      the agency the actor acted for; null when the request did not say
 * @param resourceType  what kind of resource, e.g. {@code client}, {@code intake}
 * @param resourceId    which one; null for lists and searches
 * @param caseId        the case the resource belongs to, when known
 * @param action        READ, CREATE, UPDATE or DELETE
 * @param operation     the domain verb when the action alone says too little, e.g. {@code decide}; else null
 * @param method        the HTTP method
 * @param path          the request path, without its query
 * @param filter        for lists and searches, the parameters given: {@code name=value} for filters that carry no
 *                      personal data, the bare name for those that do; else null
 * @param status        the HTTP status answered
 * @param outcome       SUCCESS, DENIED or FAILED
 * @param correlationId the request's correlation id
 * @param occurredAt    when the entry was recorded
 * @param previousHash  the hash of the entry before it on its lane
 * @param hash          this entry's SHA-256 hash over its fields and the previous hash
 * @param recordAgencyId the agency whose record was accessed, when known: the actor's own for what they created or
 *                      listed, another agency's for a refused look at its case; null when no record was reached
 * @param lane          which of the trail's chains holds the entry: a service's instances append on lanes of their
 *                      own, each a chain of its own; 0 for every entry written before there were lanes
 */
public record AuditRecorded(String service, long sequence, String actorId, String agencyId, String resourceType,
                            String resourceId, String caseId, String action, String operation, String method,
                            String path, String filter, int status, String outcome, String correlationId,
                            Instant occurredAt, String previousHash, String hash, String recordAgencyId,
                            int lane) {
}
