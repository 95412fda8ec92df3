package org.casemgmt.planning.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.casemgmt.planning.goal.ClientAgreement;
import org.casemgmt.planning.goal.Direction;
import org.casemgmt.planning.goal.Goal;
import org.casemgmt.planning.goal.GoalStatus;
import org.casemgmt.planning.goal.Intervention;
import org.casemgmt.planning.goal.Measurement;
import org.casemgmt.planning.goal.Objective;
import org.casemgmt.planning.goal.Priority;
import org.casemgmt.planning.goal.ResponsibleParty;

/**
 * A plan as the API shows it: {@code version} is what a change must send back (optimistic locking);
 * {@code planVersion} counts the plan's revisions. {@code clientErased}: the client was erased, so every text written
 * about them (goal statements, agreement, interventions, reasons) is null for good; the facts and numbers stay.
 */
record PlanResponse(String id, Long version, String caseId, String clientId, String agencyId, String programId,
                    String caseManager, int planVersion, PlanStatus status, String revisionReason, String reviewId,
                    List<RequestedChange> requestedChanges, List<GoalView> goals, Instant draftedAt,
                    String submittedBy, Instant submittedAt, String returnReason, String approvedBy,
                    Instant approvedAt, boolean selfApproved, Instant activatedAt, Instant closedAt,
                    String closureReason, boolean clientErased) {

    static PlanResponse of(Plan plan) {
        return new PlanResponse(plan.getId(), plan.getVersion(), plan.getCaseId(), plan.getClientId(),
                plan.getAgencyId(), plan.getProgramId(), plan.getCaseManager(), plan.getPlanVersion(),
                plan.getStatus(), plan.getRevisionReason(), plan.getReviewId(), plan.getRequestedChanges(),
                GoalView.of(plan.getGoals()), plan.getDraftedAt(), plan.getSubmittedBy(), plan.getSubmittedAt(),
                plan.getReturnReason(), plan.getApprovedBy(), plan.getApprovedAt(), plan.isSelfApproved(),
                plan.getActivatedAt(), plan.getClosedAt(), plan.getClosureReason(), plan.isClientErased());
    }

    /**
     * @param set                  approved at least once, so partners were told (goal.set)
     * @param changedSinceApproval set, and changed since: the next approval publishes goal.revised
     */
    record GoalView(String id, String needDomain, String statement, Priority priority,
                    ResponsibleParty responsibleParty, String providerRole, List<ObjectiveView> objectives,
                    List<Intervention> interventions, List<String> serviceTypes, ClientAgreement agreement,
                    GoalStatus status, boolean set, boolean changedSinceApproval, Goal.Achievement achievement,
                    Goal.Abandonment abandonment) {

        static List<GoalView> of(List<Goal> goals) {
            return goals.stream().map(GoalView::of).toList();
        }

        static GoalView of(Goal goal) {
            return new GoalView(goal.id(), goal.needDomain(), goal.statement(), goal.priority(),
                    goal.responsibleParty(), goal.providerRole(), goal.objectives().stream().map(ObjectiveView::of).toList(),
                    goal.interventions(), goal.terms().serviceTypes(), goal.agreement(), goal.status(), goal.wasSet(),
                    goal.changedSinceApproval(), goal.achievement(), goal.abandonment());
        }
    }

    /** @param latestValue the value measured last, null before any; {@code met} compares it with the target */
    record ObjectiveView(String id, String indicator, double baseline, double target, String unit,
                         Direction direction, LocalDate dueDate, Double latestValue, Instant latestRecordedAt,
                         boolean met, List<Measurement> history) {

        static ObjectiveView of(Objective objective) {
            Measurement latest = objective.latest().orElse(null);
            return new ObjectiveView(objective.id(), objective.indicator(), objective.baseline(), objective.target(),
                    objective.unit(), objective.direction(), objective.dueDate(),
                    latest == null ? null : latest.value(), latest == null ? null : latest.recordedAt(),
                    objective.isMet(), objective.history());
        }
    }

    /** One version of the plan, current or earlier, as it stood. */
    record VersionView(int planVersion, PlanStatus status, String revisionReason, String reviewId,
                       List<RequestedChange> requestedChanges, List<GoalView> goals, Instant draftedAt,
                       String draftedBy, String submittedBy, Instant submittedAt, String approvedBy,
                       Instant approvedAt, boolean selfApproved, Instant supersededAt) {

        static VersionView of(PlanVersion version) {
            return new VersionView(version.planVersion(), version.status(), version.revisionReason(),
                    version.reviewId(), version.requestedChanges(), GoalView.of(version.goals()), version.draftedAt(),
                    version.draftedBy(), version.submittedBy(), version.submittedAt(), version.approvedBy(),
                    version.approvedAt(), version.selfApproved(), version.supersededAt());
        }
    }

    /** A line of the version list. */
    record VersionSummary(int planVersion, PlanStatus status, String revisionReason, Instant draftedAt,
                          Instant approvedAt, Instant supersededAt) {

        static VersionSummary of(PlanVersion version) {
            return new VersionSummary(version.planVersion(), version.status(), version.revisionReason(),
                    version.draftedAt(), version.approvedAt(), version.supersededAt());
        }
    }
}
