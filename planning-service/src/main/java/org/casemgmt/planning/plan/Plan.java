package org.casemgmt.planning.plan;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

import org.casemgmt.planning.goal.ClientAgreement;
import org.casemgmt.planning.goal.Goal;
import org.casemgmt.planning.goal.GoalTerms;
import org.casemgmt.planning.goal.Measurement;
import org.casemgmt.planning.goal.ObjectiveIds;
import org.casemgmt.platform.inbox.AppliesEvents;
import org.casemgmt.platform.inbox.ProcessedEventIds;
import org.casemgmt.platform.outbox.HasOutbox;
import org.casemgmt.platform.outbox.PendingEvent;
import org.casemgmt.platform.domain.ResourceNotFoundException;
import org.casemgmt.platform.domain.RuleViolationException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The service plan of one case: the current version with its goals, every earlier version unchanged, and where it
 * stands in {@link PlanLifecycle}. A state change and the events announcing it are one save (the outbox); the ids of
 * the events applied to the plan are kept in the same document, so a redelivered event changes nothing.
 */
@Document("plans")
class Plan implements HasOutbox, AppliesEvents {

    @Id
    private String id;
    @Version
    private Long version;
    @Indexed(unique = true)
    private String caseId;
    private String clientId;
    @Indexed
    private String agencyId;
    private String programId;
    @Indexed
    private String caseManager;

    private int planVersion;
    @Indexed
    private PlanStatus status;
    private String revisionReason;
    private String reviewId;
    private List<RequestedChange> requestedChanges = new ArrayList<>();
    private List<Goal> goals = new ArrayList<>();
    private Instant draftedAt;
    private String draftedBy;
    private String submittedBy;
    private Instant submittedAt;
    private String returnReason;
    private String approvedBy;
    private Instant approvedAt;
    private boolean selfApproved;
    private Instant activatedAt;
    private PlanStatus statusBeforeClosing;
    private Instant closedAt;
    private String closureReason;
    private List<PlanVersion> earlierVersions = new ArrayList<>();
    /** The client was erased: the texts written about them are gone for good, the facts and numbers stay. */
    private boolean clientErased;

    private ProcessedEventIds processedEvents = new ProcessedEventIds();
    private List<PendingEvent> outbox = new ArrayList<>();

    Plan() {
    }

    /** Version 1, a draft, from the case that was opened; the event is remembered so a redelivery is recognised. */
    static Plan draft(String id, String eventId, OpenedCase opened, List<Goal> suggestedGoals, Instant at) {
        Plan plan = new Plan();
        plan.id = id;
        plan.caseId = opened.caseId();
        plan.clientId = opened.clientId();
        plan.agencyId = opened.agencyId();
        plan.programId = opened.programId();
        plan.caseManager = opened.caseManager();
        plan.planVersion = 1;
        plan.status = PlanStatus.DRAFT;
        plan.goals = new ArrayList<>(suggestedGoals);
        plan.draftedAt = at;
        plan.draftedBy = opened.caseManager();
        plan.processedEvents.firstDelivery(eventId);
        return plan;
    }

    /** The goal's objectives get new ids from {@code newObjectiveIds}; see {@link ObjectiveIds}. */
    Goal addGoal(String goalId, GoalTerms terms, ClientAgreement agreement, Supplier<String> newObjectiveIds) {
        requireClientNotErased("add a goal to");
        transition(PlanAction.EDIT_GOALS);
        Goal goal = Goal.proposed(goalId,
                terms.withObjectives(ObjectiveIds.assign(terms.objectives(), List.of(), newObjectiveIds)), agreement);
        goals.add(goal);
        return goal;
    }

    /** An objective of {@code terms} with an id keeps that objective of the goal; one without is new. */
    Goal editGoal(String goalId, GoalTerms terms, ClientAgreement agreement, Supplier<String> newObjectiveIds) {
        requireClientNotErased("change a goal of");
        transition(PlanAction.EDIT_GOALS);
        Goal current = openGoal(goalId);
        GoalTerms named = terms.withObjectives(
                ObjectiveIds.assign(terms.objectives(), current.objectives(), newObjectiveIds));
        return replaceGoal(current, goal -> goal.withTerms(named, agreement));
    }

    /** Only a goal partners never heard of can disappear; one that was set must be abandoned, which they are told. */
    void removeGoal(String goalId) {
        transition(PlanAction.EDIT_GOALS);
        Goal goal = goal(goalId);
        if (goal.wasSet()) {
            throw new RuleViolationException("goal-was-set", "Goal " + goalId + " was set in an approved version of "
                    + "this plan; abandon it with a reason instead of removing it.");
        }
        goals.remove(goal);
    }

    Goal abandonGoal(String goalId, String reason, String actor, Instant at) {
        requireClientNotErased("abandon a goal of");
        requireNotClosed("abandon a goal of");
        return replaceGoal(openGoal(goalId), goal -> goal.abandoned(reason, actor, at));
    }

    void submit(String actor, Instant at) {
        PlanStatus next = transition(PlanAction.SUBMIT);
        if (goals.stream().noneMatch(Goal::isOpen)) {
            throw new RuleViolationException("plan-has-no-goals", "A plan needs at least one open goal before it "
                    + "is submitted.");
        }
        status = next;
        submittedBy = actor;
        submittedAt = at;
        returnReason = null;
    }

    void returnToDraft(String reason) {
        status = transition(PlanAction.RETURN_TO_DRAFT);
        returnReason = reason;
    }

    /** The goals this approval sets for the first time, and those it changed since partners were last told. */
    record Approval(List<Goal> set, List<Goal> revised) {
    }

    Approval approve(String approver, boolean bySubmitter, Instant at) {
        status = transition(PlanAction.APPROVE);
        approvedBy = approver;
        approvedAt = at;
        selfApproved = bySubmitter;
        List<Goal> set = new ArrayList<>();
        List<Goal> revised = new ArrayList<>();
        goals.replaceAll(goal -> {
            if (!goal.isOpen()) {
                return goal;
            }
            Goal approved = goal.approved();
            if (!goal.wasSet()) {
                set.add(approved);
            } else if (goal.changedSinceApproval()) {
                revised.add(approved);
            }
            return approved;
        });
        return new Approval(set, revised);
    }

    void activate(Instant at) {
        status = transition(PlanAction.ACTIVATE);
        activatedAt = at;
    }

    /**
     * Opens the next version as a draft; the current one is kept as it is. The goals carry over with what was
     * measured; the approval, once given again, tells partners what changed.
     */
    void revise(String reason, String byReview, List<RequestedChange> changes, String actor, Instant at) {
        PlanStatus next = transition(PlanAction.REVISE);
        earlierVersions.add(currentVersion(at));
        planVersion++;
        status = next;
        revisionReason = reason;
        reviewId = byReview;
        requestedChanges = new ArrayList<>(changes);
        draftedAt = at;
        draftedBy = actor;
        submittedBy = null;
        submittedAt = null;
        returnReason = null;
        approvedBy = null;
        approvedAt = null;
        selfApproved = false;
    }

    /**
     * Keeps the measurement in the objective's history. When every objective of a goal in force then meets its
     * target the goal is achieved, once: an achieved goal stays achieved, and a measurement already kept (the same
     * progress entry under another event id) is not kept twice. An approved plan becomes active ({@code now}): work
     * on it has evidently started.
     *
     * @return the goal this measurement achieved, if it did
     */
    Optional<Goal> recordProgress(String goalId, String objectiveId, Measurement measurement, Instant now) {
        Goal goal = goal(goalId);
        boolean known = goal.objective(objectiveId)
                .orElseThrow(() -> new IllegalStateException("Goal " + goal.id() + " of case " + caseId
                        + " has no objective " + objectiveId))
                .hasMeasurement(measurement.progressEntryId());
        if (known) {
            return Optional.empty();
        }
        Goal measured = replaceGoal(goal, g -> g.withMeasurement(objectiveId, measurement));
        if (status == PlanStatus.APPROVED) {
            activate(now);
        }
        if (measured.isOpen() && measured.wasSet() && status != PlanStatus.CLOSED && measured.allTargetsMet()) {
            return Optional.of(replaceGoal(measured,
                    g -> g.achieved(measurement.recordedAt(), measurement.progressEntryId())));
        }
        return Optional.empty();
    }

    /**
     * A review asking for adjustments opens a revision of an approved plan; a draft or submitted plan takes the
     * requests as they are. A review of a closed case, or one asking for nothing, changes nothing.
     *
     * @return whether a revision was opened (to be announced)
     */
    boolean reviewCompleted(String reviewId, String summary, String reviewedBy, List<RequestedChange> changes,
                            Instant at) {
        if (changes.isEmpty() || status == PlanStatus.CLOSED) {
            return false;
        }
        if (status == PlanStatus.DRAFT || status == PlanStatus.SUBMITTED) {
            requestedChanges.addAll(changes);
            return false;
        }
        revise("Case review " + reviewId + ": " + summary, reviewId, changes, reviewedBy, at);
        return true;
    }

    /** The case was closed: so is its plan, whatever its status; the status is kept for a re-opening. */
    void close(String reason, Instant at) {
        if (status != PlanStatus.CLOSED) {
            statusBeforeClosing = status;
            status = transition(PlanAction.CLOSE);
            closedAt = at;
            closureReason = reason;
        }
    }

    /** The case was re-opened: the plan is back where it was when the case closed. */
    void reopen() {
        if (status == PlanStatus.CLOSED) {
            status = statusBeforeClosing;
            statusBeforeClosing = null;
            closedAt = null;
            closureReason = null;
        }
    }

    /**
     * The client was erased ({@code client.erased}). Dropping the texts themselves is the store's job, which writes
     * none for an erased client's plan (see the privacy package); the plan keeps everything else for statistics.
     */
    void clientErased() {
        clientErased = true;
    }

    void publish(PendingEvent event) {
        outbox.add(event);
    }

    @Override
    public ProcessedEventIds processedEvents() {
        return processedEvents;
    }

    @Override
    public RecordOnFile recordOnFile() {
        return new RecordOnFile("plan", id, caseId, agencyId);
    }

    /** Every version, oldest first, the current one last. */
    List<PlanVersion> versions() {
        List<PlanVersion> all = new ArrayList<>(earlierVersions);
        all.add(currentVersion(null));
        return all;
    }

    PlanVersion version(int number) {
        return versions().stream().filter(v -> v.planVersion() == number).findFirst()
                .orElseThrow(() -> new ResourceNotFoundException("version of plan " + id, String.valueOf(number)));
    }

    Goal goal(String goalId) {
        return goals.stream().filter(goal -> goal.id().equals(goalId)).findFirst()
                .orElseThrow(() -> new ResourceNotFoundException("goal in plan " + id, goalId));
    }

    private Goal openGoal(String goalId) {
        Goal goal = goal(goalId);
        if (!goal.isOpen()) {
            throw new RuleViolationException("goal-not-open", "Goal " + goalId + " is " + goal.status()
                    + "; only an open goal can be changed or abandoned.", Map.of("goalStatus", goal.status()));
        }
        return goal;
    }

    private Goal replaceGoal(Goal current, UnaryOperator<Goal> change) {
        Goal changed = change.apply(current);
        goals.set(goals.indexOf(current), changed);
        return changed;
    }

    private PlanStatus transition(PlanAction action) {
        return PlanLifecycle.next(status, action).orElseThrow(() -> new RuleViolationException(
                "transition-not-allowed", PlanLifecycle.refusal(status, action),
                Map.of("planStatus", status, "action", action)));
    }

    /** What someone writes about an erased client would not be kept: refused rather than silently dropped. */
    private void requireClientNotErased(String action) {
        if (clientErased) {
            throw new RuleViolationException("client-erased", "Cannot " + action + " this plan: its client was "
                    + "erased, and nothing more is written about them.");
        }
    }

    private void requireNotClosed(String action) {
        if (status == PlanStatus.CLOSED) {
            throw new RuleViolationException("plan-closed", "Cannot " + action + " this plan: the case was closed.");
        }
    }

    private PlanVersion currentVersion(Instant supersededAt) {
        return new PlanVersion(planVersion, status, revisionReason, reviewId, List.copyOf(requestedChanges),
                List.copyOf(goals), draftedAt, draftedBy, submittedBy, submittedAt, approvedBy, approvedAt,
                selfApproved, supersededAt);
    }

    @Override
    public List<PendingEvent> getOutbox() {
        return outbox;
    }

    String getId() {
        return id;
    }

    Long getVersion() {
        return version;
    }

    String getCaseId() {
        return caseId;
    }

    String getClientId() {
        return clientId;
    }

    String getAgencyId() {
        return agencyId;
    }

    String getProgramId() {
        return programId;
    }

    String getCaseManager() {
        return caseManager;
    }

    int getPlanVersion() {
        return planVersion;
    }

    PlanStatus getStatus() {
        return status;
    }

    String getRevisionReason() {
        return revisionReason;
    }

    String getReviewId() {
        return reviewId;
    }

    List<RequestedChange> getRequestedChanges() {
        return requestedChanges;
    }

    List<Goal> getGoals() {
        return goals;
    }

    Instant getDraftedAt() {
        return draftedAt;
    }

    String getSubmittedBy() {
        return submittedBy;
    }

    Instant getSubmittedAt() {
        return submittedAt;
    }

    String getReturnReason() {
        return returnReason;
    }

    String getApprovedBy() {
        return approvedBy;
    }

    Instant getApprovedAt() {
        return approvedAt;
    }

    boolean isSelfApproved() {
        return selfApproved;
    }

    Instant getActivatedAt() {
        return activatedAt;
    }

    Instant getClosedAt() {
        return closedAt;
    }

    String getClosureReason() {
        return closureReason;
    }

    boolean isClientErased() {
        return clientErased;
    }
}
