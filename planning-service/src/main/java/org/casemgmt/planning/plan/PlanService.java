package org.casemgmt.planning.plan;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.casemgmt.events.closure.v1.CaseClosed;
import org.casemgmt.events.closure.v1.CaseReopened;
import org.casemgmt.events.intake.v1.CaseOpened;
import org.casemgmt.events.monitoring.v1.ProgressRecorded;
import org.casemgmt.events.monitoring.v1.ReviewCompleted;
import org.casemgmt.planning.goal.Goal;
import org.casemgmt.planning.goal.Measurement;
import org.casemgmt.planning.plan.PlanRequests.GoalForm;
import org.casemgmt.planning.program.ProgramPolicies;
import org.casemgmt.planning.template.AssessedNeed;
import org.casemgmt.planning.template.GoalSuggester;
import org.casemgmt.planning.template.GoalTemplateCatalog;
import org.casemgmt.planning.template.Severity;
import org.casemgmt.platform.audit.AuditAction;
import org.casemgmt.platform.inbox.EventInbox;
import org.casemgmt.platform.inbox.IncomingEvent;
import org.casemgmt.platform.persistence.ExpectedVersion;
import org.casemgmt.platform.security.StaffAccess;
import org.casemgmt.platform.web.CurrentActor;
import org.casemgmt.platform.domain.NotPermittedException;
import org.casemgmt.platform.domain.ResourceNotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

@Service
class PlanService {

    private static final Logger log = LoggerFactory.getLogger(PlanService.class);

    private final PlanRepository plans;
    private final PlanEvents events;
    private final GoalTemplateCatalog templates;
    private final ProgramPolicies programs;
    private final GoalSuggester suggester;
    private final Clock clock;
    private final StaffAccess access;
    private final EventInbox inbox;

    PlanService(PlanRepository plans, PlanEvents events, GoalTemplateCatalog templates, ProgramPolicies programs,
                @Value("${planning.minimum-severity-for-a-goal:MODERATE}") Severity minimumSeverity, Clock clock,
                StaffAccess access, EventInbox inbox) {
        this.access = access;
        this.inbox = inbox;
        this.plans = plans;
        this.events = events;
        this.templates = templates;
        this.programs = programs;
        this.suggester = new GoalSuggester(minimumSeverity);
        this.clock = clock;
    }

    /**
     * Drafts the case's plan with the suggested goals and plan.drafted, in one save. A case has one plan: a
     * redelivered case.opened finds it there and changes nothing.
     */
    void draftFor(IncomingEvent<CaseOpened> event) {
        CaseOpened opened = event.data();
        if (plans.existsByCaseId(opened.caseId())) {
            log.info("Case {} already has a plan; case.opened {} changes nothing", opened.caseId(), event.id());
            return;
        }
        Instant now = clock.instant();
        List<AssessedNeed> needs = opened.assessedNeeds() == null ? List.of() : opened.assessedNeeds().stream()
                .map(need -> new AssessedNeed(need.domain(), need.severity())).toList();
        List<Goal> suggested = suggester.suggest(needs, templates.byDomain(), today(now), PlanService::newId);
        Plan plan = Plan.draft(newId(), event.id(), new OpenedCase(opened.caseId(), opened.clientId(),
                opened.agencyId(), opened.programId(), opened.caseManager()), suggested, now);
        plan.publish(events.planDrafted(plan));
        try {
            plans.insert(plan);
            inbox.created(event, plan);
        } catch (DuplicateKeyException concurrentDelivery) {
            log.info("Case {} got its plan from a concurrent delivery of case.opened {}", opened.caseId(), event.id());
        }
    }

    /** The plan, if it is the caller's agency's; another agency's plan is not found. */
    Plan get(String id) {
        Plan plan = plans.findById(id).orElseThrow(() -> new ResourceNotFoundException("plan", id));
        return access.visible(plan, plan.getAgencyId(), "plan", id);
    }

    Plan ofCase(String caseId) {
        Plan plan = plans.findByCaseId(caseId)
                .orElseThrow(() -> new ResourceNotFoundException("plan of case", caseId));
        return access.visible(plan, plan.getAgencyId(), "plan of case", caseId);
    }

    Page<Plan> list(PlanFilter filter, Pageable pageable) {
        return plans.findFiltered(access.agencyId(), filter, pageable);
    }

    Goal addGoal(String id, GoalForm form) {
        Plan plan = current(id, form.version());
        Goal goal = plan.addGoal(newId(), form.terms(), form.agreement(), PlanService::newId);
        plans.save(plan);
        return goal;
    }

    Plan editGoal(String id, String goalId, GoalForm form) {
        Plan plan = current(id, form.version());
        plan.editGoal(goalId, form.terms(), form.agreement(), PlanService::newId);
        return plans.save(plan);
    }

    Plan removeGoal(String id, String goalId, long version) {
        Plan plan = current(id, version);
        plan.removeGoal(goalId);
        return plans.save(plan);
    }

    /** Partners hear of it (goal.abandoned) only when the goal had been set. */
    Plan abandonGoal(String id, String goalId, long version, String reason, String actor) {
        Plan plan = current(id, version);
        Goal abandoned = plan.abandonGoal(goalId, reason, actor, clock.instant());
        if (abandoned.wasSet()) {
            plan.publish(events.goalAbandoned(plan, abandoned));
        }
        return plans.save(plan);
    }

    Plan submit(String id, long version, String actor) {
        Plan plan = current(id, version);
        plan.submit(actor, clock.instant());
        return plans.save(plan);
    }

    Plan returnToDraft(String id, long version, String reason) {
        Plan plan = current(id, version);
        plan.returnToDraft(reason);
        return plans.save(plan);
    }

    /**
     * Only a submitted plan can be approved (409 otherwise), and only by someone {@link ApprovalRule} permits (403
     * otherwise). Publishes plan.approved, then goal.set for each goal set now and goal.revised for each goal changed
     * since it was last approved.
     */
    Plan approve(String id, long version, CurrentActor actor) {
        Plan plan = current(id, version);
        String approver = CurrentActor.UNIDENTIFIED.equals(actor.id()) ? null : actor.id();
        ApprovalRule.Verdict verdict = ApprovalRule.decide(approver, actor.hasRole(ApprovalRule.SUPERVISOR),
                plan.getSubmittedBy(), programs.allowsSelfApproval(plan.getProgramId()));
        if (plan.getStatus() == PlanStatus.SUBMITTED && !verdict.permitted()) {
            throw new NotPermittedException("approval-not-permitted", verdict.refusal());
        }
        Plan.Approval approval = plan.approve(approver, verdict.selfApproved(), clock.instant());
        plan.publish(events.planApproved(plan));
        approval.set().forEach(goal -> plan.publish(events.goalSet(plan, goal)));
        approval.revised().forEach(goal -> plan.publish(events.goalRevised(plan, goal)));
        return plans.save(plan);
    }

    Plan activate(String id, long version) {
        Plan plan = current(id, version);
        plan.activate(clock.instant());
        return plans.save(plan);
    }

    Plan revise(String id, long version, String reason, String actor) {
        Plan plan = current(id, version);
        plan.revise(reason, null, List.of(), actor, clock.instant());
        plan.publish(events.planRevised(plan, actor));
        return plans.save(plan);
    }

    /** A measurement that achieves a goal announces it, in the same save. */
    void progressRecorded(IncomingEvent<ProgressRecorded> event) {
        ProgressRecorded progress = event.data();
        Measurement measurement = new Measurement(progress.progressEntryId(), progress.indicatorValue(),
                progress.recordedAt(), progress.recordedBy());
        inbox.apply(event, caseOf(progress.caseId()), AuditAction.UPDATE, plan ->
                plan.recordProgress(progress.goalId(), progress.objectiveId(), measurement, clock.instant())
                        .ifPresent(goal -> plan.publish(events.goalAchieved(plan, goal))), plans::save);
    }

    void reviewCompleted(IncomingEvent<ReviewCompleted> event) {
        ReviewCompleted review = event.data();
        List<RequestedChange> changes = review.requestedAdjustments() == null ? List.of()
                : review.requestedAdjustments().stream().map(adjustment -> new RequestedChange(adjustment.kind(),
                        adjustment.goalId(), adjustment.needDomain(), adjustment.description(), review.reviewId()))
                .toList();
        inbox.apply(event, caseOf(review.caseId()), AuditAction.UPDATE, plan -> {
            if (plan.reviewCompleted(review.reviewId(), review.summary(), review.reviewedBy(), changes,
                    clock.instant())) {
                plan.publish(events.planRevised(plan, review.reviewedBy()));
            }
        }, plans::save);
    }

    void caseClosed(IncomingEvent<CaseClosed> event) {
        CaseClosed closed = event.data();
        inbox.apply(event, caseOf(closed.caseId()), AuditAction.UPDATE,
                plan -> plan.close(closed.reason(), closed.closedAt()), plans::save);
    }

    void caseReopened(IncomingEvent<CaseReopened> event) {
        inbox.apply(event, caseOf(event.data().caseId()), AuditAction.UPDATE, Plan::reopen, plans::save);
    }

    /** The plan as the caller last read it; a change to an older version is refused as stale. */
    private Plan current(String id, long expectedVersion) {
        Plan plan = get(id);
        ExpectedVersion.check("plan", id, plan.getVersion(), expectedVersion);
        return plan;
    }

    /** An event about a case planning has no plan for is an error: retried, then dead-lettered for someone to see. */
    private Plan caseOf(String caseId) {
        return plans.findByCaseId(caseId).orElseThrow(() -> new IllegalStateException(
                "No plan of case " + caseId + " is known here"));
    }

    private static LocalDate today(Instant now) {
        return LocalDate.ofInstant(now, ZoneOffset.UTC);
    }

    private static String newId() {
        return UUID.randomUUID().toString();
    }

    /**
     * Marks every plan of the erased client, found by client and by the cases the event (client.erased or
     * case.retention-expired) lists, once per plan; the store then writes them without the client's texts. The caller
     * destroys the client's key first.
     */
    void clientErased(IncomingEvent<?> event, String clientId, List<String> caseIds) {
        for (Plan plan : plans.findByClientIdOrCaseIdIn(clientId, caseIds)) {
            inbox.apply(event, plan, AuditAction.DELETE, Plan::clientErased, plans::save);
        }
    }
}
