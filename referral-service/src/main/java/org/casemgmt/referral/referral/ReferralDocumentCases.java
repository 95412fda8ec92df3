package org.casemgmt.referral.referral;

import java.time.Clock;

import org.casemgmt.platform.documents.DocumentCase;
import org.casemgmt.platform.documents.DocumentCases;
import org.casemgmt.platform.domain.ResourceNotFoundException;
import org.casemgmt.platform.security.StaffAccess;
import org.casemgmt.platform.security.StaffRole;
import org.casemgmt.platform.web.CurrentActor;
import org.casemgmt.referral.casefile.CaseFile;
import org.casemgmt.referral.casefile.CaseFiles;
import org.springframework.stereotype.Component;

/**
 * Documents at referral (a referral letter, a provider's report, the signed release of information) belong to the
 * case: its agency's staff read them and its case workers attach them. A provider reads them only while one of the
 * case's referrals is addressed to its agency and the client's consent covers that agency now; for any other
 * provider the case does not exist (404), exactly as another agency's case.
 */
@Component
class ReferralDocumentCases implements DocumentCases {

    private final CaseFiles files;
    private final ReferralRepository referrals;
    private final StaffAccess access;
    private final CurrentActor actor;
    private final Clock clock;

    ReferralDocumentCases(CaseFiles files, ReferralRepository referrals, StaffAccess access, CurrentActor actor,
                          Clock clock) {
        this.files = files;
        this.referrals = referrals;
        this.access = access;
        this.actor = actor;
        this.clock = clock;
    }

    @Override
    public DocumentCase toAttach(String caseId) {
        return DocumentCase.of(files.visible(caseId));
    }

    @Override
    public boolean providersRead() {
        return true;
    }

    @Override
    public DocumentCase toRead(String caseId) {
        if (!actor.hasRole(StaffRole.PROVIDER.name())) {
            return DocumentCase.of(files.visible(caseId));
        }
        CaseFile file = files.find(caseId).filter(CaseFile::isOpened)
                .orElseThrow(() -> new ResourceNotFoundException("case", caseId));
        boolean sharedWithProvider = file.consentCovers(access.agencyId(), clock.instant())
                && referrals.findByCaseId(caseId).stream()
                .anyMatch(referral -> referral.getReceivingAgencyId().equals(access.agencyId())
                        && referral.getStatus() != ReferralStatus.ENTERED_IN_ERROR);
        return DocumentCase.of(access.visibleToOwnerOr(file, file.getAgencyId(), sharedWithProvider, "case", caseId));
    }
}
