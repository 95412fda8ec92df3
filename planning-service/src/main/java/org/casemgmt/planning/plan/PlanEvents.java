package org.casemgmt.planning.plan;

import java.util.List;
import java.util.function.Function;

import org.casemgmt.events.EventCatalog;
import org.casemgmt.events.planning.v1.GoalAbandoned;
import org.casemgmt.events.planning.v1.GoalAchieved;
import org.casemgmt.events.planning.v1.GoalRevised;
import org.casemgmt.events.planning.v1.GoalSet;
import org.casemgmt.events.planning.v1.ObjectiveResult;
import org.casemgmt.events.planning.v1.ObjectiveTarget;
import org.casemgmt.events.planning.v1.PlanApproved;
import org.casemgmt.events.planning.v1.PlanDrafted;
import org.casemgmt.events.planning.v1.PlanRevised;
import org.casemgmt.events.planning.v1.PlannedGoal;
import org.casemgmt.planning.goal.Goal;
import org.casemgmt.planning.goal.Measurement;
import org.casemgmt.planning.goal.Objective;
import org.casemgmt.platform.outbox.EventRecorder;
import org.casemgmt.platform.outbox.PendingEvent;
import org.springframework.stereotype.Component;

/**
 * Turns plan changes into the published contracts, keyed by the case id. A goal's statement is left out of every
 * event once the client may have written it (all but plan.drafted, whose goals are the templates' wording), and so
 * is every other text a worker writes for the client (reasons, a goal's provider role, its objectives' indicators and
 * units): an event stays on its topic after the client is erased, and partners read those texts from the API
 * instead. Objectives keep their ids and numbers, which progress and statistics work on.
 */
@Component
class PlanEvents {

    private final EventRecorder recorder;

    PlanEvents(EventRecorder recorder) {
        this.recorder = recorder;
    }

    PendingEvent planDrafted(Plan plan) {
        return recorder.record(EventCatalog.PLAN_DRAFTED, plan.getCaseId(), new PlanDrafted(plan.getId(),
                plan.getCaseId(), plan.getClientId(), plan.getAgencyId(), plan.getProgramId(), plan.getPlanVersion(),
                planned(plan.getGoals(), Goal::statement), plan.getCaseManager(), plan.getDraftedAt()));
    }

    PendingEvent planApproved(Plan plan) {
        return recorder.record(EventCatalog.PLAN_APPROVED, plan.getCaseId(), new PlanApproved(plan.getId(),
                plan.getCaseId(), plan.getPlanVersion(), planned(plan.getGoals().stream().filter(Goal::isOpen).toList(), goal -> null),
                plan.getSubmittedBy(), plan.getApprovedBy(), plan.isSelfApproved(), plan.getApprovedAt()));
    }

    PendingEvent planRevised(Plan plan, String revisedBy) {
        return recorder.record(EventCatalog.PLAN_REVISED, plan.getCaseId(), new PlanRevised(plan.getId(),
                plan.getCaseId(), plan.getPlanVersion() - 1, plan.getPlanVersion(), null, plan.getReviewId(), revisedBy, plan.getDraftedAt()));
    }

    PendingEvent goalSet(Plan plan, Goal goal) {
        return recorder.record(EventCatalog.GOAL_SET, plan.getCaseId(), new GoalSet(goal.id(), plan.getCaseId(),
                plan.getId(), plan.getPlanVersion(), goal.needDomain(), null, goal.priority().name(),
                goal.responsibleParty().name(), null, targets(goal), goal.terms().serviceTypes(),
                plan.getApprovedAt()));
    }

    PendingEvent goalRevised(Plan plan, Goal goal) {
        return recorder.record(EventCatalog.GOAL_REVISED, plan.getCaseId(), new GoalRevised(goal.id(),
                plan.getCaseId(), plan.getId(), plan.getPlanVersion(), goal.needDomain(), null,
                goal.priority().name(), goal.responsibleParty().name(), null, targets(goal),
                goal.terms().serviceTypes(), null, plan.getApprovedAt()));
    }

    PendingEvent goalAchieved(Plan plan, Goal goal) {
        List<ObjectiveResult> results = goal.objectives().stream()
                .map(o -> new ObjectiveResult(o.id(), null, o.baseline(), o.target(),
                        o.latest().map(Measurement::value).orElseThrow(), null, o.direction().name()))
                .toList();
        return recorder.record(EventCatalog.GOAL_ACHIEVED, plan.getCaseId(), new GoalAchieved(goal.id(),
                plan.getCaseId(), plan.getId(), goal.needDomain(), results, goal.achievement().progressEntryId(),
                goal.achievement().achievedAt()));
    }

    PendingEvent goalAbandoned(Plan plan, Goal goal) {
        return recorder.record(EventCatalog.GOAL_ABANDONED, plan.getCaseId(), new GoalAbandoned(goal.id(),
                plan.getCaseId(), plan.getId(), goal.needDomain(), null, goal.abandonment().abandonedBy(), goal.abandonment().abandonedAt()));
    }

    private static List<PlannedGoal> planned(List<Goal> goals, Function<Goal, String> statement) {
        return goals.stream()
                .map(goal -> new PlannedGoal(goal.id(), goal.needDomain(), statement.apply(goal), goal.priority().name()))
                .toList();
    }

    private static List<ObjectiveTarget> targets(Goal goal) {
        return goal.objectives().stream().map(PlanEvents::target).toList();
    }

    private static ObjectiveTarget target(Objective o) {
        return new ObjectiveTarget(o.id(), null, o.baseline(), o.target(), null, o.direction().name(), o.dueDate());
    }
}
