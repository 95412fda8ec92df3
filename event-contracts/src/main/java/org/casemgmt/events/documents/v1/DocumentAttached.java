package org.casemgmt.events.documents.v1;

import java.time.Instant;

/**
 * A document was attached to a case and passed the virus scan: a scan of an ID, a signed consent form, evidence of a
 * goal met, a closure letter. Published by the stage it was attached at, which keeps the file (encrypted under the
 * client's key) and answers who may download it. Carries ids and the document's type only: no title, file name or
 * content, so nothing in it outlives the client's erasure.
 *
 * @param documentId   the document, as in the stage's {@code /cases/{caseId}/documents/{documentId}}
 * @param caseId       the case it belongs to (at intake: the intake, whose id becomes the case id)
 * @param clientId     the client it is about
 * @param agencyId     the agency that owns the case
 * @param documentType what it is, one of the platform's document types, e.g. {@code CONSENT_FORM}
 * @param attachedBy   the staff member who attached it
 * @param attachedAt   when it was stored, after the scan found it clean
 */
public record DocumentAttached(String documentId, String caseId, String clientId, String agencyId,
                               String documentType, String attachedBy, Instant attachedAt) {
}
