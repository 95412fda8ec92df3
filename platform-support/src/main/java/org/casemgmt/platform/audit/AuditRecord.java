package org.casemgmt.platform.audit;

/**
 * What a service tells {@link AuditTrail} about one access; the trail adds who, which agency, when and the
 * correlation id. Ids only: never put a name, a birth date or any other personal data in here.
 *
 * @param resourceType what kind of resource, e.g. {@code client}
 * @param resourceId   which one; null for a list or a search
 * @param caseId       the case the resource belongs to, when known (the event's key then)
 * @param action       what was done
 * @param operation    the domain verb when the action alone says too little (e.g. {@code decide}); else null
 * @param method       the HTTP method
 * @param path         the request path, without its query
 * @param filter       for a list or a search, the parameters given (see {@link Audited#recordValuesOf()}); else null
 * @param status       the HTTP status answered
 * @param recordAgencyId the agency whose record was reached, when known; else the actor's own for a success (what
 *                     they created or listed is their agency's)
 */
public record AuditRecord(String resourceType, String resourceId, String caseId, AuditAction action,
                          String operation, String method, String path, String filter, int status,
                          String recordAgencyId) {
}
