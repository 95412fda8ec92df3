package org.casemgmt.platform.web.idempotency;

import org.bson.Document;
import org.casemgmt.platform.audit.AuditAction;
import org.casemgmt.platform.audit.AuditRecord;

/**
 * Which resource a kept response is about, as the audit trail recorded the first request: a replay hands the same
 * data out again, so it goes on record as a read of that resource, operation {@code replay}.
 */
record ReplayAudit(String resourceType, String resourceId, String caseId, String recordAgencyId) {

    static ReplayAudit of(AuditRecord first) {
        return first == null ? null : new ReplayAudit(first.resourceType(), first.resourceId(), first.caseId(),
                first.recordAgencyId());
    }

    AuditRecord replayed(String method, String path, int status) {
        return new AuditRecord(resourceType, resourceId, caseId, AuditAction.READ, "replay", method, path, null, status,
                recordAgencyId);
    }

    Document toDocument() {
        return new Document("resourceType", resourceType).append("resourceId", resourceId).append("caseId", caseId)
                .append("recordAgencyId", recordAgencyId);
    }

    static ReplayAudit from(Document document) {
        return document == null ? null : new ReplayAudit(document.getString("resourceType"),
                document.getString("resourceId"), document.getString("caseId"), document.getString("recordAgencyId"));
    }
}
