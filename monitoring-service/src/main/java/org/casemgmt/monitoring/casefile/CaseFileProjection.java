package org.casemgmt.monitoring.casefile;

import java.util.List;
import java.util.function.Consumer;

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
import org.casemgmt.events.planning.v1.ObjectiveTarget;
import org.casemgmt.events.planning.v1.PlanApproved;
import org.casemgmt.monitoring.feed.CaseEventProjection;
import org.casemgmt.platform.audit.AuditAction;
import org.casemgmt.platform.consent.ConsentRecord;
import org.casemgmt.platform.inbox.EventInbox;
import org.casemgmt.platform.inbox.IncomingEvent;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Keeps each case's file from intake's, planning's and closure's events; first of the projections. */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class CaseFileProjection implements CaseEventProjection {

    private final CaseFileRepository files;
    private final EventInbox inbox;

    CaseFileProjection(CaseFileRepository files, EventInbox inbox) {
        this.files = files;
        this.inbox = inbox;
    }

    @Override
    public void project(IncomingEvent<?> event) {
        switch (event.data()) {
            case CaseOpened opened -> apply(event, opened.caseId(), file -> file.opened(opened.clientId(),
                    opened.agencyId(), opened.programId(), opened.priority(), opened.caseManager(),
                    consent(opened.consentScope()), opened.openedAt()));
            case ConsentGranted granted -> {
                ConsentRecord consent = consent(granted.scope());
                if (consent != null) {
                    apply(event, granted.caseId(), file -> file.consentGranted(granted.clientId(), consent));
                }
            }
            case ConsentWithdrawn withdrawn -> apply(event, withdrawn.caseId(), file -> file.consentWithdrawn(
                    withdrawn.clientId(), withdrawn.consentId(), withdrawn.withdrawnAt()));
            case PlanApproved approved -> apply(event, approved.caseId(),
                    file -> file.planApproved(approved.planId(), approved.planVersion(), approved.approvedAt()));
            case GoalSet set -> apply(event, set.caseId(), file -> file.goalSet(goal(set.goalId(),
                    set.needDomain(), set.priority(), set.objectives())));
            case GoalRevised revised -> apply(event, revised.caseId(), file -> file.goalSet(goal(revised.goalId(),
                    revised.needDomain(), revised.priority(), revised.objectives())));
            case GoalAchieved achieved -> apply(event, achieved.caseId(),
                    file -> file.goalClosed(achieved.goalId(), CaseGoal.State.ACHIEVED));
            case GoalAbandoned abandoned -> apply(event, abandoned.caseId(),
                    file -> file.goalClosed(abandoned.goalId(), CaseGoal.State.ABANDONED));
            case CaseClosed closed -> apply(event, closed.caseId(), file -> file.closed(closed.closedAt()));
            case CaseReopened reopened -> apply(event, reopened.caseId(), CaseFile::reopened);
            default -> {
            }
        }
    }

    private void apply(IncomingEvent<?> event, String caseId, Consumer<CaseFile> change) {
        CaseFile file = files.findById(caseId).orElseGet(() -> CaseFile.started(caseId));
        inbox.apply(event, file, AuditAction.UPDATE, change, files::save);
    }

    private static CaseGoal goal(String goalId, String needDomain, String priority, List<ObjectiveTarget> targets) {
        List<CaseObjective> objectives = targets == null ? List.of() : targets.stream()
                .map(t -> new CaseObjective(t.objectiveId(), t.baseline(), t.target(), t.direction(), t.dueDate()))
                .toList();
        return new CaseGoal(goalId, needDomain, priority, objectives, CaseGoal.State.OPEN);
    }

    private static ConsentRecord consent(ConsentScope scope) {
        return scope == null || scope.consentId() == null ? null
                : new ConsentRecord(scope.consentId(), scope.sharedWithAgencyIds(), scope.expiresAt(), null);
    }
}
