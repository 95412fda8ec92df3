package org.casemgmt.platform.sample;

import org.casemgmt.platform.documents.DocumentCase;
import org.casemgmt.platform.documents.DocumentCases;
import org.casemgmt.platform.domain.ResourceNotFoundException;
import org.casemgmt.platform.security.StaffAccess;
import org.casemgmt.platform.security.StaffRole;
import org.casemgmt.platform.web.CurrentActor;
import org.springframework.stereotype.Component;

/**
 * The sample's rules for its cases' documents: every case is agency-1's, its client {@code client-<caseId>}; the
 * client's consent (here for every case) shares it with the provider agency {@value #SHARED_WITH}.
 */
@Component
class SampleDocumentCases implements DocumentCases {

    static final String AGENCY = "agency-1";
    static final String SHARED_WITH = "shelter-north";

    private final SampleCaseRepository cases;
    private final CurrentActor actor;

    SampleDocumentCases(SampleCaseRepository cases, CurrentActor actor) {
        this.cases = cases;
        this.actor = actor;
    }

    @Override
    public DocumentCase toAttach(String caseId) {
        return new StaffAccess(actor).visible(existing(caseId), AGENCY, "case", caseId);
    }

    @Override
    public DocumentCase toRead(String caseId) {
        StaffAccess access = new StaffAccess(actor);
        if (actor.hasRole(StaffRole.PROVIDER.name())) {
            return access.visibleToOwnerOr(existing(caseId), AGENCY, SHARED_WITH.equals(actor.agencyId()), "case",
                    caseId);
        }
        return access.visible(existing(caseId), AGENCY, "case", caseId);
    }

    @Override
    public boolean providersRead() {
        return true;
    }

    static String clientOf(String caseId) {
        return "client-" + caseId;
    }

    private DocumentCase existing(String caseId) {
        if (!cases.existsById(caseId)) {
            throw new ResourceNotFoundException("case", caseId);
        }
        return new DocumentCase(caseId, clientOf(caseId), AGENCY);
    }
}
