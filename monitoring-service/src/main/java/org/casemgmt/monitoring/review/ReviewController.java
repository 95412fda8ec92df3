package org.casemgmt.monitoring.review;

import java.time.Instant;
import java.util.List;

import org.casemgmt.platform.audit.AuditAction;
import org.casemgmt.platform.audit.Audited;
import org.casemgmt.platform.security.StaffAccess;
import org.casemgmt.platform.security.StaffRole;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

@RestController
@RequestMapping("/api/monitoring/cases/{caseId}/reviews")
@Tag(name = "Reviews", description = "Case reviews on the program's cadence, and their outcomes")
@ApiResponse(responseCode = "403", description = "The caller's roles do not allow this (`role-not-permitted`)")
@ApiResponse(responseCode = "404", description = "No opened case (or scheduled review) with this id in the caller's "
        + "agency")
class ReviewController {

    private final ReviewSchedule schedule;
    private final StaffAccess access;

    ReviewController(ReviewSchedule schedule, StaffAccess access) {
        this.schedule = schedule;
        this.access = access;
    }

    record NextReview(String reviewId, Instant dueAt, String state, String reason, Instant scheduledAt) {
    }

    record ReviewsView(String caseId, Long version, NextReview next, List<CompletedReview> completed,
                       Instant lastContactAt) {
        static ReviewsView of(CaseReviews reviews) {
            ScheduledReview next = reviews.getNext();
            return new ReviewsView(reviews.getCaseId(), reviews.getVersion(), next == null ? null
                    : new NextReview(next.reviewId(), next.dueAt(), next.state(), next.reason(), next.scheduledAt()),
                    reviews.getCompleted(), reviews.getLastContactAt());
        }
    }

    record AdjustmentForm(@NotBlank @Pattern(regexp = "ADD_GOAL|CHANGE_GOAL|ABANDON_GOAL|CHANGE_OBJECTIVE") String kind,
                          String goalId, @Pattern(regexp = "[A-Z][A-Z_]{1,49}") String needDomain,
                          @NotBlank @Size(max = 2000) String description) {
        Adjustment adjustment() {
            return new Adjustment(kind, goalId, needDomain, description);
        }
    }

    record Completion(@NotNull Long version, @NotNull ReviewOutcome outcome, @Size(max = 10000) String notes,
                      @Size(max = 20) List<@Valid @NotNull AdjustmentForm> adjustments) {
    }

    @GetMapping
    @Audited(resource = "case reviews", action = AuditAction.READ, idParam = "caseId", caseIdParam = "caseId")
    @Operation(operationId = "getReviews", summary = "The case's next review, the reviews held and its last contact")
    @ApiResponse(responseCode = "200", description = "The reviews; `next` is null until the plan is approved")
    ReviewsView get(@PathVariable String caseId) {
        access.requireRole(StaffRole.CASE_READING, "read reviews");
        return ReviewsView.of(schedule.of(caseId));
    }

    @PostMapping("/{reviewId}/completion")
    @Audited(resource = "case reviews", action = AuditAction.UPDATE, operation = "complete", idParam = "caseId",
            caseIdParam = "caseId")
    @Operation(operationId = "completeReview", summary = "Record the outcome of the scheduled review",
            description = "CONTINUE, REVISE_PLAN (with the adjustments planning should make: planning opens a "
                    + "revision), ESCALATE (on the supervisors' work queue) or RECOMMEND_CLOSURE. The notes and the "
                    + "adjustments' words are encrypted and stay here. Publishes review.completed and the next "
                    + "review.scheduled, one cadence later.")
    @ApiResponse(responseCode = "200", description = "The reviews, with the next one scheduled")
    @ApiResponse(responseCode = "409", description = "`adjustments-and-outcome-disagree`, "
            + "`review-already-completed`, or a stale `version`")
    ReviewsView complete(@PathVariable String caseId, @PathVariable String reviewId,
                         @Valid @RequestBody Completion completion) {
        access.requireRole(StaffRole.CASE_WORK, "complete reviews");
        List<Adjustment> adjustments = completion.adjustments() == null ? List.of()
                : completion.adjustments().stream().map(AdjustmentForm::adjustment).toList();
        return ReviewsView.of(schedule.complete(caseId, reviewId, completion.version(), completion.outcome(),
                completion.notes(), adjustments));
    }
}
