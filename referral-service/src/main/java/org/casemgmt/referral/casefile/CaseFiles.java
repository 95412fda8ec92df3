package org.casemgmt.referral.casefile;

import org.casemgmt.platform.consent.ConsentRecord;
import java.util.List;
import java.util.Optional;

import org.casemgmt.events.closure.v1.CaseClosed;
import org.casemgmt.events.closure.v1.CaseReopened;
import org.casemgmt.events.intake.v1.CaseOpened;
import org.casemgmt.events.intake.v1.ConsentGranted;
import org.casemgmt.events.intake.v1.ConsentScope;
import org.casemgmt.events.intake.v1.ConsentWithdrawn;
import org.casemgmt.events.planning.v1.GoalAbandoned;
import org.casemgmt.events.planning.v1.GoalAchieved;
import org.casemgmt.events.planning.v1.GoalRevised;
import org.casemgmt.events.planning.v1.GoalSet;
import org.casemgmt.platform.audit.AuditAction;
import org.casemgmt.platform.domain.ResourceNotFoundException;
import org.casemgmt.platform.inbox.EventInbox;
import org.casemgmt.platform.inbox.IncomingEvent;
import org.casemgmt.platform.security.StaffAccess;
import org.springframework.stereotype.Service;

/**
 * Keeps each case's file up to date from intake's, planning's and closure's events, translating their contracts into
 * the file's own values, and finds a file for a request: only a case that was opened, and only for its own agency.
 */
@Service
public class CaseFiles {

    private final CaseFileRepository files;
    private final EventInbox inbox;
    private final StaffAccess access;

    CaseFiles(CaseFileRepository files, EventInbox inbox, StaffAccess access) {
        this.files = files;
        this.inbox = inbox;
        this.access = access;
    }

    /** The opened case, if it is the caller's agency's; any other case is not found. */
    public CaseFile visible(String caseId) {
        CaseFile file = files.findById(caseId).filter(CaseFile::isOpened)
                .orElseThrow(() -> new ResourceNotFoundException("case", caseId));
        return access.visible(file, file.getAgencyId(), "case", caseId);
    }

    /** For work outside a request (a deadline, an event): the file whatever the agency. */
    public Optional<CaseFile> find(String caseId) {
        return files.findById(caseId);
    }

    void caseOpened(IncomingEvent<CaseOpened> event) {
        CaseOpened opened = event.data();
        ConsentRecord consent = consent(opened.consentScope());
        inbox.apply(event, fileOf(opened.caseId()), AuditAction.UPDATE, file -> file.opened(opened.clientId(),
                opened.agencyId(), opened.programId(), opened.priority(), opened.caseManager(), consent,
                opened.openedAt()), files::save);
    }

    void consentGranted(IncomingEvent<ConsentGranted> event) {
        ConsentGranted granted = event.data();
        ConsentRecord consent = consent(granted.scope());
        if (consent != null) {
            inbox.apply(event, fileOf(granted.caseId()), AuditAction.UPDATE,
                    file -> file.consentGranted(granted.clientId(), consent), files::save);
        }
    }

    /**
     * Answers the file as it now is (the withdrawal is applied to it in place, or it was loaded with it on a
     * redelivery), so that the referrals the consent no longer covers can be cancelled.
     */
    public CaseFile consentWithdrawn(IncomingEvent<ConsentWithdrawn> event) {
        ConsentWithdrawn withdrawn = event.data();
        CaseFile file = fileOf(withdrawn.caseId());
        inbox.apply(event, file, AuditAction.UPDATE, f -> f.consentWithdrawn(withdrawn.clientId(),
                withdrawn.consentId(), withdrawn.withdrawnAt()), files::save);
        return file;
    }

    /**
     * Answers the file as it now is, as for a withdrawn consent, so that the referrals the closure ends can be
     * cancelled; it is not closed if it was re-opened since.
     */
    public CaseFile caseClosed(IncomingEvent<CaseClosed> event) {
        CaseClosed closed = event.data();
        CaseFile file = fileOf(closed.caseId());
        inbox.apply(event, file, AuditAction.UPDATE, f -> f.closed(closed.closedAt()), files::save);
        return file;
    }

    void caseReopened(IncomingEvent<CaseReopened> event) {
        CaseReopened reopened = event.data();
        inbox.apply(event, fileOf(reopened.caseId()), AuditAction.UPDATE, file -> file.reopened(reopened.reopenedAt()),
                files::save);
    }

    void goalSet(IncomingEvent<GoalSet> event) {
        GoalSet set = event.data();
        CaseGoal goal = CaseGoal.open(set.goalId(), set.needDomain(), set.priority(), set.serviceTypes());
        inbox.apply(event, fileOf(set.caseId()), AuditAction.UPDATE, file -> file.goalSet(goal), files::save);
    }

    void goalRevised(IncomingEvent<GoalRevised> event) {
        GoalRevised revised = event.data();
        CaseGoal goal = CaseGoal.open(revised.goalId(), revised.needDomain(), revised.priority(),
                revised.serviceTypes());
        inbox.apply(event, fileOf(revised.caseId()), AuditAction.UPDATE, file -> file.goalSet(goal), files::save);
    }

    void goalAchieved(IncomingEvent<GoalAchieved> event) {
        GoalAchieved achieved = event.data();
        inbox.apply(event, fileOf(achieved.caseId()), AuditAction.UPDATE,
                file -> file.goalClosed(achieved.goalId(), CaseGoal.State.ACHIEVED), files::save);
    }

    void goalAbandoned(IncomingEvent<GoalAbandoned> event) {
        GoalAbandoned abandoned = event.data();
        inbox.apply(event, fileOf(abandoned.caseId()), AuditAction.UPDATE,
                file -> file.goalClosed(abandoned.goalId(), CaseGoal.State.ABANDONED), files::save);
    }

    /** The files of the erased client and of the cases the event lists, each marked once; answers their case ids. */
    public List<String> clientErased(IncomingEvent<?> event, String clientId, List<String> caseIds) {
        List<CaseFile> ofClient = files.findByClientIdOrCaseIdIn(clientId, caseIds);
        ofClient.forEach(file -> inbox.apply(event, file, AuditAction.DELETE, CaseFile::clientErased, files::save));
        return ofClient.stream().map(CaseFile::getCaseId).toList();
    }

    private CaseFile fileOf(String caseId) {
        return files.findById(caseId).orElseGet(() -> CaseFile.started(caseId));
    }

    private static ConsentRecord consent(ConsentScope scope) {
        return scope == null || scope.consentId() == null ? null
                : new ConsentRecord(scope.consentId(), scope.sharedWithAgencyIds(), scope.expiresAt(), null);
    }
}
