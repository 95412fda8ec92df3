package org.casemgmt.closure.casework;

import java.time.Instant;
import java.util.function.Consumer;

import org.casemgmt.closure.progress.TrackedGoal;
import org.casemgmt.events.intake.v1.CaseOpened;
import org.casemgmt.events.monitoring.v1.AssessmentScored;
import org.casemgmt.events.monitoring.v1.ReviewCompleted;
import org.casemgmt.events.planning.v1.GoalAbandoned;
import org.casemgmt.events.planning.v1.GoalAchieved;
import org.casemgmt.events.planning.v1.GoalRevised;
import org.casemgmt.events.planning.v1.GoalSet;
import org.casemgmt.events.referral.v1.ReferralRequested;
import org.casemgmt.events.referral.v1.ReferralStatusChanged;
import org.casemgmt.platform.audit.AuditAction;
import org.casemgmt.platform.inbox.EventInbox;
import org.casemgmt.platform.inbox.IncomingEvent;
import org.springframework.stereotype.Service;

/**
 * Keeps each case from the other stages' events (the opening, goals, referrals, assessments, reviews) and its
 * readiness with it: every change that alters what is missing is announced in the same save (G-C1). A new case of a
 * client the agency closed a case for within 24 months is a return (G-C2).
 */
@Service
class CaseFeed {

    private final ClosureCases cases;
    private final ClosureEvents events;
    private final EventInbox inbox;

    CaseFeed(ClosureCases cases, ClosureEvents events, EventInbox inbox) {
        this.cases = cases;
        this.events = events;
        this.inbox = inbox;
    }

    void apply(IncomingEvent<?> event) {
        switch (event.data()) {
            case CaseOpened opened -> change(event, opened.caseId(), file -> {
                file.opened(opened.clientId(), opened.agencyId(), opened.programId(), opened.priority(),
                        opened.caseManager(), null, opened.openedAt());
                file.startFirstEpisode();
                cases.returnToAnotherCase(file, opened.openedAt()).ifPresent(link -> {
                    file.returnedFrom(link);
                    file.publish(events.returnDetected(file, link));
                });
            });
            case GoalSet set -> evidence(event, set.caseId(), set.setAt(),
                    file -> file.progress().goalSet(set.goalId(), set.needDomain()));
            case GoalRevised revised -> evidence(event, revised.caseId(), revised.revisedAt(),
                    file -> file.progress().goalSet(revised.goalId(), revised.needDomain()));
            case GoalAchieved achieved -> evidence(event, achieved.caseId(), achieved.achievedAt(), file -> file.progress()
                    .goalResolved(achieved.goalId(), achieved.needDomain(), TrackedGoal.State.ACHIEVED));
            case GoalAbandoned abandoned -> evidence(event, abandoned.caseId(), abandoned.abandonedAt(), file -> file.progress()
                    .goalResolved(abandoned.goalId(), abandoned.needDomain(), TrackedGoal.State.ABANDONED));
            case ReferralRequested requested -> evidence(event, requested.caseId(), requested.requestedAt(), file -> file.progress()
                    .referralChanged(requested.referralId(), requested.serviceId(), "requested",
                            requested.requestedAt()));
            case ReferralStatusChanged changed -> evidence(event, changed.caseId(), changed.changedAt(), file -> file.progress()
                    .referralChanged(changed.referralId(), changed.serviceId(), changed.status(),
                            changed.changedAt()));
            case AssessmentScored scored -> evidence(event, scored.caseId(), scored.administeredAt(), file -> file.progress()
                    .assessmentScored(scored.instrumentId(), scored.totalScore(), scored.administeredAt()));
            case ReviewCompleted review -> evidence(event, review.caseId(), review.completedAt(),
                    file -> file.progress().reviewCompleted(review.outcome(), review.completedAt()));
            default -> {
            }
        }
    }

    /**
     * What the case did in an episode, at {@code happenedAt}: when it arrives after the episode was closed and
     * evaluated, the evaluation is done again with it (a closure approved while the event was on its way).
     */
    private void evidence(IncomingEvent<?> event, String caseId, Instant happenedAt, Consumer<ClosureCase> change) {
        change(event, caseId, change.andThen(file -> cases.reevaluateWithLateEvidence(file, happenedAt)));
    }

    private void change(IncomingEvent<?> event, String caseId, Consumer<ClosureCase> change) {
        inbox.apply(event, cases.findOrStart(caseId), AuditAction.UPDATE, file -> {
            change.accept(file);
            cases.announceReadiness(file);
        }, cases::save);
    }
}
