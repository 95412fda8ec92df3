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
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

@RestController
@RequestMapping("/api/planning")
@Tag(name = "Plans", description = "Service plans: goals and measurable objectives, submission, approval, revisions")
@ApiResponse(responseCode = "403", description = "The caller's roles do not allow this (`role-not-permitted`)")
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
    @Operation(operationId = "listPlans",
            summary = "List the agency's plans, filtered by case, case manager and status, newest first")
    @ApiResponse(responseCode = "200", description = "A page of plans")
    PagedModel<PlanResponse> list(@ParameterObject PlanFilter filter,
                                  @ParameterObject @PageableDefault(size = 20, sort = "draftedAt", direction = Sort.Direction.DESC)
                                  Pageable pageable) {
        access.requireRole(StaffRole.CASE_READING, "read plans");
        return new PagedModel<>(plans.list(filter, pageable).map(PlanResponse::of));
    }

    @GetMapping(PLAN)
    @Audited(resource = PLAN_RESOURCE, action = AuditAction.READ, idParam = "id",
            caseIdProperty = "caseId")
    @Operation(operationId = "getPlan",
            summary = "Read a plan: its current version with goals, objectives and progress")
    @ApiResponse(responseCode = "200", description = "The plan")
    @ApiResponse(responseCode = "404", description = "No plan with this id in the caller's agency")
    PlanResponse get(@PathVariable String id) {
        access.requireRole(StaffRole.CASE_READING, "read plans");
        return PlanResponse.of(plans.get(id));
    }

    @GetMapping("/cases/{caseId}/plan")
    @Audited(resource = PLAN_RESOURCE, action = AuditAction.READ, operation = "read-by-case",
            caseIdParam = "caseId")
    @Operation(operationId = "getPlanOfCase", summary = "Read the plan of a case")
    @ApiResponse(responseCode = "200", description = "The case's plan")
    @ApiResponse(responseCode = "404", description = "No plan for this case in the caller's agency")
    PlanResponse ofCase(@PathVariable String caseId) {
        access.requireRole(StaffRole.CASE_READING, "read plans");
        return PlanResponse.of(plans.ofCase(caseId));
    }

    @PostMapping(PLAN + "/goals")
    @Audited(resource = PLAN_RESOURCE, action = AuditAction.CREATE, operation = "add-goal", idParam = "id")
    @Operation(operationId = "addGoal",
            summary = "Add a goal to a draft", description = "409 unless the plan is a draft.")
    @ApiResponse(responseCode = "201", description = "The goal, added")
    @ApiResponse(responseCode = "404", description = "No plan with this id in the caller's agency")
    @ApiResponse(responseCode = "409",
            description = "`transition-not-allowed`: the plan is not a draft; `client-erased`: the client was erased")
    ResponseEntity<GoalView> addGoal(@PathVariable String id, @Valid @RequestBody GoalForm goal) {
        access.requireRole(StaffRole.CASE_WORK, "work on plans");
        Goal added = plans.addGoal(id, goal);
        return ResponseEntity.created(URI.create("/api/planning/plans/" + id + "/goals/" + added.id()))
                .body(GoalView.of(added));
    }

    @GetMapping(PLAN + "/goals/{goalId}")
    @Audited(resource = PLAN_RESOURCE, action = AuditAction.READ, operation = "read-goal", idParam = "id")
    @Operation(operationId = "getGoal", summary = "Read one goal of the current version")
    @ApiResponse(responseCode = "200", description = "The goal")
    @ApiResponse(responseCode = "404",
            description = "No plan with this id in the caller's agency, or no such goal in it")
    GoalView goal(@PathVariable String id, @PathVariable String goalId) {
        access.requireRole(StaffRole.CASE_READING, "read plans");
        return GoalView.of(plans.get(id).goal(goalId));
    }

    @PutMapping(PLAN + "/goals/{goalId}")
    @Audited(resource = PLAN_RESOURCE, action = AuditAction.UPDATE, operation = "edit-goal", idParam = "id",
            caseIdProperty = "caseId")
    @Operation(operationId = "editGoal",
            summary = "Change a goal of a draft: statement, priority, responsibility, objectives, interventions, "
            + "the client's agreement", description = "Replaces the goal's content. 409 unless the plan is a draft.")
    @ApiResponse(responseCode = "200", description = "The plan with the goal changed")
    @ApiResponse(responseCode = "404",
            description = "No plan with this id in the caller's agency, or no such goal in it")
    @ApiResponse(responseCode = "409",
            description = "`transition-not-allowed`: the plan is not a draft; `client-erased`: the client was erased")
    PlanResponse editGoal(@PathVariable String id, @PathVariable String goalId, @Valid @RequestBody GoalForm goal) {
        access.requireRole(StaffRole.CASE_WORK, "work on plans");
        return PlanResponse.of(plans.editGoal(id, goalId, goal));
    }

    @DeleteMapping(PLAN + "/goals/{goalId}")
    @Audited(resource = PLAN_RESOURCE, action = AuditAction.DELETE, operation = "remove-goal", idParam = "id",
            caseIdProperty = "caseId")
    @Operation(operationId = "removeGoal", summary = "Remove a goal from a draft",
            description = "Only a goal never approved; a goal that was set is abandoned instead.")
    @ApiResponse(responseCode = "200", description = "The plan without the goal")
    @ApiResponse(responseCode = "404",
            description = "No plan with this id in the caller's agency, or no such goal in it")
    @ApiResponse(responseCode = "409",
            description = "`transition-not-allowed`: the plan is not a draft; `goal-was-set`: the goal was "
            + "approved once, abandon it instead")
    PlanResponse removeGoal(@PathVariable String id, @PathVariable String goalId, @RequestParam long version) {
        access.requireRole(StaffRole.CASE_WORK, "work on plans");
        return PlanResponse.of(plans.removeGoal(id, goalId, version));
    }

    @PostMapping(PLAN + "/goals/{goalId}/abandonment")
    @Audited(resource = PLAN_RESOURCE, action = AuditAction.UPDATE, operation = "abandon-goal", idParam = "id",
            caseIdProperty = "caseId")
    @Operation(operationId = "abandonGoal", summary = "Abandon an open goal, with the reason",
            description = "Publishes goal.abandoned if the "
            + "goal had been set.")
    @ApiResponse(responseCode = "200", description = "The plan with the goal abandoned")
    @ApiResponse(responseCode = "404",
            description = "No plan with this id in the caller's agency, or no such goal in it")
    @ApiResponse(responseCode = "409",
            description = "`goal-not-open`: the goal was achieved or abandoned; `plan-closed`: the case was "
            + "closed; `client-erased`: the client was erased")
    PlanResponse abandonGoal(@PathVariable String id, @PathVariable String goalId,
                             @Valid @RequestBody WithReason abandonment) {
        access.requireRole(StaffRole.CASE_WORK, "work on plans");
        return PlanResponse.of(plans.abandonGoal(id, goalId, abandonment.version(), abandonment.reason(), actor.id()));
    }

    @PostMapping(PLAN + "/submission")
    @Audited(resource = PLAN_RESOURCE, action = AuditAction.UPDATE, operation = "submit", idParam = "id",
            caseIdProperty = "caseId")
    @Operation(operationId = "submitPlan", summary = "Submit a draft for approval")
    @ApiResponse(responseCode = "200", description = "The plan, SUBMITTED")
    @ApiResponse(responseCode = "404", description = "No plan with this id in the caller's agency")
    @ApiResponse(responseCode = "409",
            description = "`transition-not-allowed`: the plan is not a draft; `plan-has-no-goals`: it needs an "
            + "open goal")
    PlanResponse submit(@PathVariable String id, @Valid @RequestBody Step step) {
        access.requireRole(StaffRole.CASE_WORK, "work on plans");
        return PlanResponse.of(plans.submit(id, step.version(), actor.id()));
    }

    @PostMapping(PLAN + "/return")
    @Audited(resource = PLAN_RESOURCE, action = AuditAction.UPDATE, operation = "return", idParam = "id",
            caseIdProperty = "caseId")
    @Operation(operationId = "returnPlanToDraft",
            summary = "Send a submitted plan back to draft, saying what to change")
    @ApiResponse(responseCode = "200", description = "The plan, DRAFT again")
    @ApiResponse(responseCode = "404", description = "No plan with this id in the caller's agency")
    @ApiResponse(responseCode = "409",
            description = "`transition-not-allowed`: the plan's status does not allow it (the problem names the "
            + "status and the "
            + "action)")
    PlanResponse returnToDraft(@PathVariable String id, @Valid @RequestBody WithReason returned) {
        access.requireRole(StaffRole.CASE_WORK, "work on plans");
        return PlanResponse.of(plans.returnToDraft(id, returned.version(), returned.reason()));
    }

    @PostMapping(PLAN + "/approval")
    @Audited(resource = PLAN_RESOURCE, action = AuditAction.UPDATE, operation = "approve", idParam = "id",
            caseIdProperty = "caseId")
    @Operation(operationId = "approvePlan", summary = "Approve a submitted plan",
            description = "By a supervisor (role SUPERVISOR in the access "
            + "token) other than the submitter, or by the submitter where the program allows self-approval: 403 "
            + "approval-not-permitted otherwise. Publishes plan.approved, goal.set and goal.revised.")
    @ApiResponse(responseCode = "200", description = "The plan, APPROVED")
    @ApiResponse(responseCode = "403", description = "`approval-not-permitted`: the caller may not approve this plan "
            + "(the submitter, where the program does not allow self-approval); or `role-not-permitted`")
    @ApiResponse(responseCode = "404", description = "No plan with this id in the caller's agency")
    @ApiResponse(responseCode = "409",
            description = "`transition-not-allowed`: the plan's status does not allow it (the problem names the "
            + "status and the "
            + "action)")
    PlanResponse approve(@PathVariable String id, @Valid @RequestBody Step step) {
        access.requireRole(StaffRole.CASE_WORK, "work on plans");
        return PlanResponse.of(plans.approve(id, step.version(), actor));
    }

    @PostMapping(PLAN + "/activation")
    @Audited(resource = PLAN_RESOURCE, action = AuditAction.UPDATE, operation = "activate", idParam = "id",
            caseIdProperty = "caseId")
    @Operation(operationId = "activatePlan", summary = "Start carrying out an approved plan",
            description = "Recording progress against an approved plan activates it too.")
    @ApiResponse(responseCode = "200", description = "The plan, ACTIVE")
    @ApiResponse(responseCode = "404", description = "No plan with this id in the caller's agency")
    @ApiResponse(responseCode = "409",
            description = "`transition-not-allowed`: the plan's status does not allow it (the problem names the "
            + "status and the "
            + "action)")
    PlanResponse activate(@PathVariable String id, @Valid @RequestBody Step step) {
        access.requireRole(StaffRole.CASE_WORK, "work on plans");
        return PlanResponse.of(plans.activate(id, step.version()));
    }

    @PostMapping(PLAN + "/revisions")
    @Audited(resource = PLAN_RESOURCE, action = AuditAction.UPDATE, operation = "revise", idParam = "id",
            caseIdProperty = "caseId")
    @Operation(operationId = "revisePlan", summary = "Open a revision of an approved or active plan, with the reason",
            description = "Creates the next version as a draft; the earlier one stays readable. Publishes "
                    + "plan.revised.")
    @ApiResponse(responseCode = "201", description = "The plan at its new version, a draft")
    @ApiResponse(responseCode = "404", description = "No plan with this id in the caller's agency")
    @ApiResponse(responseCode = "409",
            description = "`transition-not-allowed`: the plan's status does not allow it (the problem names the "
            + "status and the "
            + "action)")
    ResponseEntity<PlanResponse> revise(@PathVariable String id, @Valid @RequestBody WithReason revision) {
        access.requireRole(StaffRole.CASE_WORK, "work on plans");
        Plan plan = plans.revise(id, revision.version(), revision.reason(), actor.id());
        return ResponseEntity.created(URI.create("/api/planning/plans/" + id + "/versions/" + plan.getPlanVersion()))
                .body(PlanResponse.of(plan));
    }

    @GetMapping(PLAN + "/versions")
    @Audited(resource = PLAN_RESOURCE, action = AuditAction.READ, operation = "list-versions", idParam = "id")
    @Operation(operationId = "listPlanVersions", summary = "List every version of the plan, oldest first")
    @ApiResponse(responseCode = "200", description = "Every version, oldest first")
    @ApiResponse(responseCode = "404", description = "No plan with this id in the caller's agency")
    List<VersionSummary> versions(@PathVariable String id) {
        access.requireRole(StaffRole.CASE_READING, "read plans");
        return plans.get(id).versions().stream().map(VersionSummary::of).toList();
    }

    @GetMapping(PLAN + "/versions/{planVersion}")
    @Audited(resource = PLAN_RESOURCE, action = AuditAction.READ, operation = "read-version", idParam = "id")
    @Operation(operationId = "getPlanVersion", summary = "Read one version of the plan as it stood")
    @ApiResponse(responseCode = "200", description = "The version")
    @ApiResponse(responseCode = "404", description = "No plan with this id in the caller's agency, or no such version")
    VersionView version(@PathVariable String id, @PathVariable int planVersion) {
        access.requireRole(StaffRole.CASE_READING, "read plans");
        return VersionView.of(plans.get(id).version(planVersion));
    }
}
