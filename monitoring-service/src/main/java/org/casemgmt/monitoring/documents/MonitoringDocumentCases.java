package org.casemgmt.monitoring.documents;

import org.casemgmt.monitoring.casefile.CaseFiles;
import org.casemgmt.platform.documents.DocumentCase;
import org.casemgmt.platform.documents.DocumentCases;
import org.springframework.stereotype.Component;

/**
 * Documents while a case is followed (evidence of progress, a completed screening form) follow the case's timeline:
 * its agency's staff read them and its case workers attach them; a provider reads them while the client's consent
 * covers the provider's agency, as it reads the timeline, and gets the same 404 as for no case otherwise.
 */
@Component
class MonitoringDocumentCases implements DocumentCases {

    private final CaseFiles files;

    MonitoringDocumentCases(CaseFiles files) {
        this.files = files;
    }

    @Override
    public DocumentCase toAttach(String caseId) {
        return DocumentCase.of(files.visible(caseId));
    }

    @Override
    public DocumentCase toRead(String caseId) {
        return DocumentCase.of(files.visibleToAgencyOrConsentedProvider(caseId));
    }

    @Override
    public boolean providersRead() {
        return true;
    }
}
