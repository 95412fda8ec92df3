package org.casemgmt.planning.plan;

import java.net.URI;
import java.util.List;

import org.casemgmt.planning.goal.Goal;
import org.casemgmt.planning.plan.PlanRequests.GoalForm;
import org.casemgmt.planning.plan.PlanRequests.Step;
import org.casemgmt.planning.plan.PlanRequests.WithReason;
import org.casemgmt.planning.plan.PlanResponse.GoalView;
import org.casemgmt.planning.plan.PlanResponse.VersionSummary;
import org.casemgmt.planning.plan.PlanResponse.VersionView;
import org.casemgmt.platform.audit.AuditAction;
import org.casemgmt.platform.audit.Audited;
import org.casemgmt.platform.security.StaffAccess;
import org.casemgmt.platform.security.StaffRole;
import org.casemgmt.platform.web.CurrentActor;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.data.web.PagedModel;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

@RestController
@RequestMapping("/api/planning")
@Tag(name = "Plans", description = "Service plans: goals and measurable objectives, submission, approval, revisions")
class PlanController {

    private static final String PLAN = "/plans/{id}";
    /**
     * Goals and versions are recorded on their plan, with the goal in the path and a verb in the operation, so an
     * auditor finds every access to a plan under its id. Only {@code /cases/{caseId}/plan} and a list filtered by
     * {@code caseId} name the case in the request, so only their {@code audit.recorded} is keyed by the case id;
     * the others are keyed by the plan id.
     */
    private static final String PLAN_RESOURCE = "plan";

    private final PlanService plans;
    private final CurrentActor actor;
    private final StaffAccess access;

    PlanController(PlanService plans, CurrentActor actor, StaffAccess access) {
        this.plans = plans;
        this.actor = actor;
        this.access = access;
    }

    @GetMapping("/plans")
    @Audited(resource = PLAN_RESOURCE, action = AuditAction.READ, operation = "list", caseIdParam = "caseId",
            recordValuesOf = {"caseId", "caseManager", "status", "page", "size", "sort"})
    @Operation(summary = "List the agency's plans, filtered by case, case manager and status, newest first")
    PagedModel<PlanResponse> list(@ParameterObject PlanFilter filter,
                                  @ParameterObject @PageableDefault(size = 20, sort = "draftedAt", direction = Sort.Direction.DESC)
                                  Pageable pageable) {
access.requireRole(StaffRole.CASE_READING, "read plans");
        return new PagedModel<>(plans.list(filter, pageable).map(PlanResponse::of));
    }

    @GetMapping(PLAN)
    @Audited(resource = PLAN_RESOURCE, action = AuditAction.READ, idParam = "id",
            caseIdProperty = "caseId")
    @Operation(summary = "Read a plan: its current version with goals, objectives and progress")
    PlanResponse get(@PathVariable String id) {
access.requireRole(StaffRole.CASE_READING, "read plans");
        return PlanResponse.of(plans.get(id));
    }

    @GetMapping("/cases/{caseId}/plan")
    @Audited(resource = PLAN_RESOURCE, action = AuditAction.READ, operation = "read-by-case",
            caseIdParam = "caseId")
    @Operation(summary = "Read the plan of a case")
    PlanResponse ofCase(@PathVariable String caseId) {
access.requireRole(StaffRole.CASE_READING, "read plans");
        return PlanResponse.of(plans.ofCase(caseId));
    }

    @PostMapping(PLAN + "/goals")
    @Audited(resource = PLAN_RESOURCE, action = AuditAction.CREATE, operation = "add-goal", idParam = "id")
    @Operation(summary = "Add a goal to a draft", description = "409 unless the plan is a draft.")
    ResponseEntity<GoalView> addGoal(@PathVariable String id, @Valid @RequestBody GoalForm goal) {
access.requireRole(StaffRole.CASE_WORK, "work on plans");
        Goal added = plans.addGoal(id, goal);
        return ResponseEntity.created(URI.create("/api/planning/plans/" + id + "/goals/" + added.id()))
                .body(GoalView.of(added));
    }

    @GetMapping(PLAN + "/goals/{goalId}")
    @Audited(resource = PLAN_RESOURCE, action = AuditAction.READ, operation = "read-goal", idParam = "id")
    @Operation(summary = "Read one goal of the current version")
    GoalView goal(@PathVariable String id, @PathVariable String goalId) {
access.requireRole(StaffRole.CASE_READING, "read plans");
        return GoalView.of(plans.get(id).goal(goalId));
    }

    @PutMapping(PLAN + "/goals/{goalId}")
    @Audited(resource = PLAN_RESOURCE, action = AuditAction.UPDATE, operation = "edit-goal", idParam = "id",
            caseIdProperty = "caseId")
    @Operation(summary = "Change a goal of a draft: statement, priority, responsibility, objectives, interventions, "
            + "the client's agreement", description = "Replaces the goal's content. 409 unless the plan is a draft.")
    PlanResponse editGoal(@PathVariable String id, @PathVariable String goalId, @Valid @RequestBody GoalForm goal) {
access.requireRole(StaffRole.CASE_WORK, "work on plans");
        return PlanResponse.of(plans.editGoal(id, goalId, goal));
    }

    @DeleteMapping(PLAN + "/goals/{goalId}")
    @Audited(resource = PLAN_RESOURCE, action = AuditAction.DELETE, operation = "remove-goal", idParam = "id",
            caseIdProperty = "caseId")
    @Operation(summary = "Remove a goal from a draft",
            description = "Only a goal never approved; a goal that was set is abandoned instead.")
    PlanResponse removeGoal(@PathVariable String id, @PathVariable String goalId, @RequestParam long version) {
access.requireRole(StaffRole.CASE_WORK, "work on plans");
        return PlanResponse.of(plans.removeGoal(id, goalId, version));
    }

    @PostMapping(PLAN + "/goals/{goalId}/abandonment")
    @Audited(resource = PLAN_RESOURCE, action = AuditAction.UPDATE, operation = "abandon-goal", idParam = "id",
            caseIdProperty = "caseId")
    @Operation(summary = "Abandon an open goal, with the reason", description = "Publishes goal.abandoned if the "
            + "goal had been set.")
    PlanResponse abandonGoal(@PathVariable String id, @PathVariable String goalId,
                             @Valid @RequestBody WithReason abandonment) {
access.requireRole(StaffRole.CASE_WORK, "work on plans");
        return PlanResponse.of(plans.abandonGoal(id, goalId, abandonment.version(), abandonment.reason(), actor.id()));
    }

    @PostMapping(PLAN + "/submission")
    @Audited(resource = PLAN_RESOURCE, action = AuditAction.UPDATE, operation = "submit", idParam = "id",
            caseIdProperty = "caseId")
    @Operation(summary = "Submit a draft for approval")
    PlanResponse submit(@PathVariable String id, @Valid @RequestBody Step step) {
access.requireRole(StaffRole.CASE_WORK, "work on plans");
        return PlanResponse.of(plans.submit(id, step.version(), actor.id()));
    }

    @PostMapping(PLAN + "/return")
    @Audited(resource = PLAN_RESOURCE, action = AuditAction.UPDATE, operation = "return", idParam = "id",
            caseIdProperty = "caseId")
    @Operation(summary = "Send a submitted plan back to draft, saying what to change")
    PlanResponse returnToDraft(@PathVariable String id, @Valid @RequestBody WithReason returned) {
access.requireRole(StaffRole.CASE_WORK, "work on plans");
        return PlanResponse.of(plans.returnToDraft(id, returned.version(), returned.reason()));
    }

    @PostMapping(PLAN + "/approval")
    @Audited(resource = PLAN_RESOURCE, action = AuditAction.UPDATE, operation = "approve", idParam = "id",
            caseIdProperty = "caseId")
    @Operation(summary = "Approve a submitted plan", description = "By a supervisor (role SUPERVISOR in the access "
            + "token) other than the submitter, or by the submitter where the program allows self-approval: 403 "
            + "approval-not-permitted otherwise. Publishes plan.approved, goal.set and goal.revised.")
    PlanResponse approve(@PathVariable String id, @Valid @RequestBody Step step) {
access.requireRole(StaffRole.CASE_WORK, "work on plans");
        return PlanResponse.of(plans.approve(id, step.version(), actor));
    }

    @PostMapping(PLAN + "/activation")
    @Audited(resource = PLAN_RESOURCE, action = AuditAction.UPDATE, operation = "activate", idParam = "id",
            caseIdProperty = "caseId")
    @Operation(summary = "Start carrying out an approved plan",
            description = "Recording progress against an approved plan activates it too.")
    PlanResponse activate(@PathVariable String id, @Valid @RequestBody Step step) {
access.requireRole(StaffRole.CASE_WORK, "work on plans");
        return PlanResponse.of(plans.activate(id, step.version()));
    }

    @PostMapping(PLAN + "/revisions")
    @Audited(resource = PLAN_RESOURCE, action = AuditAction.UPDATE, operation = "revise", idParam = "id",
            caseIdProperty = "caseId")
    @Operation(summary = "Open a revision of an approved or active plan, with the reason",
            description = "Creates the next version as a draft; the earlier one stays readable. Publishes "
                    + "plan.revised.")
    ResponseEntity<PlanResponse> revise(@PathVariable String id, @Valid @RequestBody WithReason revision) {
access.requireRole(StaffRole.CASE_WORK, "work on plans");
        Plan plan = plans.revise(id, revision.version(), revision.reason(), actor.id());
        return ResponseEntity.created(URI.create("/api/planning/plans/" + id + "/versions/" + plan.getPlanVersion()))
                .body(PlanResponse.of(plan));
    }

    @GetMapping(PLAN + "/versions")
    @Audited(resource = PLAN_RESOURCE, action = AuditAction.READ, operation = "list-versions", idParam = "id")
    @Operation(summary = "List every version of the plan, oldest first")
    List<VersionSummary> versions(@PathVariable String id) {
access.requireRole(StaffRole.CASE_READING, "read plans");
        return plans.get(id).versions().stream().map(VersionSummary::of).toList();
    }

    @GetMapping(PLAN + "/versions/{planVersion}")
    @Audited(resource = PLAN_RESOURCE, action = AuditAction.READ, operation = "read-version", idParam = "id")
    @Operation(summary = "Read one version of the plan as it stood")
    VersionView version(@PathVariable String id, @PathVariable int planVersion) {
access.requireRole(StaffRole.CASE_READING, "read plans");
        return VersionView.of(plans.get(id).version(planVersion));
    }
}
