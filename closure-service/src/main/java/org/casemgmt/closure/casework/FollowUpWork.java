package org.casemgmt.closure.casework;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.casemgmt.closure.followup.FollowUp;
import org.casemgmt.closure.followup.FollowUpOutcome;
import org.casemgmt.closure.followup.FollowUps;
import org.casemgmt.events.EventCatalog;
import org.casemgmt.platform.timer.DueTimerHandler;
import org.casemgmt.platform.web.CurrentActor;
import org.springframework.stereotype.Service;

/**
 * Follow-ups after closure: the case's durable timer announces each when due and when missed (followup.due,
 * followup.missed), once each however many instances run; the worker records the result (followup.completed), which
 * re-evaluates the episode's outcome.
 */
@Service
class FollowUpWork implements DueTimerHandler {

    private final ClosureCases cases;
    private final ClosureEvents events;
    private final CurrentActor actor;
    private final Clock clock;

    FollowUpWork(ClosureCases cases, ClosureEvents events, CurrentActor actor, Clock clock) {
        this.cases = cases;
        this.events = events;
        this.actor = actor;
        this.clock = clock;
    }

    @Override
    public String collection() {
        return ClosureWorkflow.COLLECTION;
    }

    /** Announces what came due; a second call for the same moment finds it announced. */
    @Override
    public void fire(String caseId) {
        cases.find(caseId).ifPresent(file -> {
            Instant now = clock.instant();
            List<FollowUps.Transition> due = file.followUpsDue(now, missedAfter(file));
            for (FollowUps.Transition transition : due) {
                file.publish(events.followUpDeadline(transition.kind() == FollowUps.Transition.Kind.DUE
                        ? EventCatalog.FOLLOWUP_DUE : EventCatalog.FOLLOWUP_MISSED, file, transition.followUp(), now));
            }
            // Follow-ups missed at the same moment change the episode's figures once, not once each.
            due.stream().filter(transition -> transition.kind() == FollowUps.Transition.Kind.MISSED)
                    .map(transition -> file.reevaluateAfterFollowUp(transition.followUp(), now))
                    .flatMap(Optional::stream).findFirst()
                    .ifPresent(outcome -> file.publish(events.outcomeEvaluated(file, outcome)));
            cases.save(file);
        });
    }

    ClosureCase record(String caseId, String followUpId, FollowUpOutcome outcome) {
        ClosureCase file = cases.visible(caseId);
        Instant now = clock.instant();
        FollowUp recorded = file.recordFollowUp(followUpId, outcome, actor.id(), now, missedAfter(file));
        file.publish(events.followUpCompleted(file, recorded));
        file.reevaluateAfterFollowUp(recorded, now)
                .ifPresent(evaluated -> file.publish(events.outcomeEvaluated(file, evaluated)));
        return cases.save(file);
    }

    private Duration missedAfter(ClosureCase file) {
        return cases.policies().followUpsOf(file.getProgramId()).missedAfter();
    }
}
