package org.casemgmt.intake.caseopening;

import org.casemgmt.platform.documents.DocumentCase;
import org.casemgmt.platform.documents.DocumentCases;
import org.springframework.stereotype.Component;

/**
 * Documents collected at intake (a scan of the client's ID, the signed consent form, proof of income for
 * eligibility) belong to the intake, whose id becomes the case id when the case opens: the same people as the
 * intake's own record may read them, and those who work on intakes attach them.
 */
@Component
class IntakeDocumentCases implements DocumentCases {

    private final IntakeService intakes;

    IntakeDocumentCases(IntakeService intakes) {
        this.intakes = intakes;
    }

    @Override
    public DocumentCase toAttach(String caseId) {
        return of(intakes.get(caseId));
    }

    @Override
    public DocumentCase toRead(String caseId) {
        return of(intakes.get(caseId));
    }

    private static DocumentCase of(Intake intake) {
        return new DocumentCase(intake.getId(), intake.getClientId(), intake.getAgencyId());
    }
}
