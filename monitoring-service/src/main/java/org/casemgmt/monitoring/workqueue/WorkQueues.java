package org.casemgmt.monitoring.workqueue;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;

import org.casemgmt.platform.domain.ResourceNotFoundException;
import org.casemgmt.platform.security.StaffAccess;
import org.casemgmt.platform.security.StaffRole;
import org.casemgmt.platform.web.CurrentActor;
import org.springframework.stereotype.Service;

/** The queues: each person's own, a supervisor's team's, a provider's incoming referrals; soonest due first. */
@Service
class WorkQueues {

    private final TaskRepository tasks;
    private final StaffAccess access;
    private final CurrentActor actor;
    private final Clock clock;

    WorkQueues(TaskRepository tasks, StaffAccess access, CurrentActor actor, Clock clock) {
        this.tasks = tasks;
        this.access = access;
        this.actor = actor;
        this.clock = clock;
    }

    /** A provider's: the referrals waiting for their agency's answer. A case worker's: what is assigned to them. */
    List<Task> mine() {
        if (actor.hasRole(StaffRole.PROVIDER.name())) {
            return tasks.findByStatusAndAudienceAndProviderAgencyIdOrderByDueAtAsc(Task.Status.OPEN,
                    Task.Audience.PROVIDER, access.agencyId());
        }
        access.requireRole(StaffRole.CASE_WORK, "have a work queue");
        return tasks.findByStatusAndAudienceAndAgencyIdAndAssigneeOrderByDueAtAsc(Task.Status.OPEN,
                Task.Audience.CASE_WORKER, access.agencyId(), actor.id());
    }

    /** A supervisor's: the agency's overdue reviews and escalations. */
    List<Task> team() {
        access.requireRole(EnumSet.of(StaffRole.SUPERVISOR), "see the team's work queue");
        return tasks.findByStatusAndAudienceInAndAgencyIdOrderByDueAtAsc(Task.Status.OPEN,
                EnumSet.of(Task.Audience.SUPERVISOR), access.agencyId());
    }

    /** Someone of the case's agency saw to an alert, a stale case, an escalation. */
    Task done(String taskId) {
        access.requireRole(StaffRole.CASE_WORK, "close tasks");
        Task task = tasks.findById(taskId).filter(t -> t.getAgencyId() != null)
                .orElseThrow(() -> new ResourceNotFoundException("task", taskId));
        access.visible(task, task.getAgencyId(), "task", taskId);
        task.requireClosableByHand();
        if (task.done(actor.id(), clock.instant())) {
            return tasks.save(task);
        }
        return task;
    }
}
