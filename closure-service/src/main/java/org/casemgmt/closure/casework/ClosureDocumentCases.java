package org.casemgmt.closure.casework;

import org.casemgmt.platform.documents.DocumentCase;
import org.casemgmt.platform.documents.DocumentCases;
import org.springframework.stereotype.Component;

/**
 * Documents at closure (the closure letter, the transition plan signed by the client) follow the case's closure: its
 * agency's staff read them, its case workers attach them; a provider sees nothing of a case's closure.
 */
@Component
class ClosureDocumentCases implements DocumentCases {

    private final ClosureCases cases;

    ClosureDocumentCases(ClosureCases cases) {
        this.cases = cases;
    }

    @Override
    public DocumentCase toAttach(String caseId) {
        return DocumentCase.of(cases.visible(caseId));
    }

    @Override
    public DocumentCase toRead(String caseId) {
        return DocumentCase.of(cases.visible(caseId));
    }
}
