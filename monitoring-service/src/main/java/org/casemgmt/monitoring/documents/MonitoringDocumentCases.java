package org.casemgmt.monitoring.documents;

import org.casemgmt.monitoring.casefile.CaseFiles;
import org.casemgmt.platform.documents.DocumentCase;
import org.casemgmt.platform.documents.DocumentCases;
import org.casemgmt.platform.security.StaffAccess;
import org.casemgmt.platform.security.StaffRole;
import org.casemgmt.platform.web.CurrentActor;
import org.springframework.stereotype.Component;

/**
 * Documents while a case is followed (evidence of progress, a completed screening form) follow the case's timeline:
 * its agency's staff read them and its case workers attach them; a provider reads them while the client's consent
 * covers the provider's agency, as it reads the timeline, and gets the same 404 as for no case otherwise.
 */
@Component
class MonitoringDocumentCases implements DocumentCases {

    private final CaseFiles files;
    private final StaffAccess access;
    private final CurrentActor actor;

    MonitoringDocumentCases(CaseFiles files, StaffAccess access, CurrentActor actor) {
        this.files = files;
        this.access = access;
        this.actor = actor;
    }

    @Override
    public DocumentCase toAttach(String caseId) {
        return DocumentCase.of(files.visible(caseId));
    }

    @Override
    public DocumentCase toRead(String caseId) {
        if (!actor.hasRole(StaffRole.PROVIDER.name())) {
            access.requireRole(StaffRole.CASE_READING, "read a case's documents");
        }
        return DocumentCase.of(files.visibleToAgencyOrConsentedProvider(caseId));
    }
}
