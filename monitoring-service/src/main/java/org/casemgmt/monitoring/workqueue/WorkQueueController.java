package org.casemgmt.monitoring.workqueue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.casemgmt.platform.audit.AuditAction;
import org.casemgmt.platform.audit.Audited;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/monitoring/work-queue")
@Tag(name = "Work queues", description = "What needs someone now, soonest due first")
@ApiResponse(responseCode = "403", description = "The caller's roles do not allow this (`role-not-permitted`)")
class WorkQueueController {

    private final WorkQueues queues;
    private final Clock clock;

    WorkQueueController(WorkQueues queues, Clock clock) {
        this.queues = queues;
        this.clock = clock;
    }

    /**
     * @param timeLeft until it is due (ISO-8601), negative once overdue
     * @param link     the resource it is about, in the owning stage's API
     */
    record TaskView(String id, String kind, String caseId, String urgency, String subjectId, Instant dueAt,
                    Duration timeLeft, boolean overdue, String link, String status, Instant createdAt) {
        static TaskView of(Task task, Instant now) {
            Duration left = task.getDueAt() == null ? null : Duration.between(now, task.getDueAt());
            return new TaskView(task.getId(), task.getKind().name(), task.getCaseId(), task.getUrgency(),
                    task.getSubjectId(), task.getDueAt(), left, left != null && left.isNegative(), link(task),
                    task.getStatus().name(), task.getCreatedAt());
        }

        private static String link(Task task) {
            return switch (task.getKind()) {
                case THRESHOLD_CROSSED -> "/api/monitoring/cases/" + task.getCaseId() + "/assessments/"
                        + task.getSubjectId();
                case REVIEW_DUE, REVIEW_OVERDUE, REVIEW_ESCALATED -> "/api/monitoring/cases/" + task.getCaseId()
                        + "/reviews";
                case CASE_STALE -> "/api/monitoring/cases/" + task.getCaseId() + "/contacts";
                case REFERRAL_EXPIRED, REFERRAL_DECLINED, REFERRAL_ESCALATED, REFERRAL_AWAITING_ANSWER ->
                        "/api/referral/referrals/" + task.getSubjectId();
                case CLOSURE_AWAITING_APPROVAL -> "/api/closure/cases/" + task.getCaseId();
                case FOLLOW_UP_DUE, FOLLOW_UP_MISSED -> "/api/closure/cases/" + task.getCaseId() + "/follow-ups";
            };
        }
    }

    @GetMapping
    @Audited(resource = "work queue", action = AuditAction.READ, operation = "mine")
    @Operation(operationId = "getMyWorkQueue", summary = "My work queue, soonest due first",
            description = "For a case worker: urgent alerts from crossed thresholds, reviews due, stale cases, "
                    + "referrals that expired or were declined, follow-ups due after closure, on the cases they manage. For PROVIDER staff: the "
                    + "referrals waiting for their agency's answer, with the time left.")
    @ApiResponse(responseCode = "200", description = "The open tasks")
    List<TaskView> mine() {
        Instant now = clock.instant();
        return queues.mine().stream().map(task -> TaskView.of(task, now)).toList();
    }

    @GetMapping("/team")
    @Audited(resource = "work queue", action = AuditAction.READ, operation = "team")
    @Operation(operationId = "getTeamWorkQueue", summary = "The agency's overdue reviews, escalations, closures awaiting approval and missed "
            + "follow-ups (supervisors)")
    @ApiResponse(responseCode = "200", description = "The open tasks")
    List<TaskView> team() {
        Instant now = clock.instant();
        return queues.team().stream().map(task -> TaskView.of(task, now)).toList();
    }

    @PostMapping("/{taskId}/done")
    @Audited(resource = "work queue", action = AuditAction.UPDATE, operation = "done", idParam = "taskId")
    @Operation(operationId = "completeTask", summary = "Mark an alert, a stale case or an escalation as seen to",
            description = "Reviews and referrals awaiting an answer end on their own, when they are completed or "
                    + "answered.")
    @ApiResponse(responseCode = "200", description = "The task, done")
    @ApiResponse(responseCode = "404", description = "No task with this id in the caller's agency")
    @ApiResponse(responseCode = "409", description = "`closes-itself`: the task ends on its own")
    TaskView done(@PathVariable String taskId) {
        return TaskView.of(queues.done(taskId), clock.instant());
    }
}
