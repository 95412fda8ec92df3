package org.casemgmt.closure.casework;

import org.casemgmt.platform.documents.DocumentCase;
import org.casemgmt.platform.documents.DocumentCases;
import org.casemgmt.platform.security.StaffAccess;
import org.casemgmt.platform.security.StaffRole;
import org.springframework.stereotype.Component;

/**
 * Documents at closure (the closure letter, the transition plan signed by the client) follow the case's closure: its
 * agency's staff read them, its case workers attach them; a provider sees nothing of a case's closure.
 */
@Component
class ClosureDocumentCases implements DocumentCases {

    private final ClosureCases cases;
    private final StaffAccess access;

    ClosureDocumentCases(ClosureCases cases, StaffAccess access) {
        this.cases = cases;
        this.access = access;
    }

    @Override
    public DocumentCase toAttach(String caseId) {
        return DocumentCase.of(cases.visible(caseId));
    }

    @Override
    public DocumentCase toRead(String caseId) {
        access.requireRole(StaffRole.CASE_READING, "read a case's closure documents");
        return DocumentCase.of(cases.visible(caseId));
    }
}
