package org.casemgmt.monitoring.workqueue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.casemgmt.platform.domain.RuleViolationException;
import org.junit.jupiter.api.Test;

class TaskTest {

    private static final Instant NOW = Instant.parse("2027-03-01T09:00:00Z");

    @Test
    void aTaskIsForTheAudienceOfItsKindAndEndsOnce() {
        Task task = Task.open("review-due-r1", TaskKind.REVIEW_DUE, "case-1", "agency-north", "worker.alex", null,
                "HIGH", "r1", NOW.plusSeconds(60), NOW);

        assertThat(task.getAudience()).isEqualTo(Task.Audience.CASE_WORKER);
        assertThat(task).extracting(Task::getId, Task::getKind, Task::getCaseId, Task::getAgencyId, Task::getAssignee,
                Task::getProviderAgencyId, Task::getUrgency, Task::getSubjectId, Task::getDueAt, Task::getCreatedAt,
                Task::getVersion).containsExactly("review-due-r1", TaskKind.REVIEW_DUE, "case-1", "agency-north",
                "worker.alex", null, "HIGH", "r1", NOW.plusSeconds(60), NOW, null);
        assertThat(task.getStatus()).isEqualTo(Task.Status.OPEN);
        assertThat(task.done("worker.alex", NOW)).isTrue();
        assertThat(task.done("someone.else", NOW.plusSeconds(5))).isFalse();
        assertThat(task).extracting(Task::getStatus, Task::getDoneBy, Task::getDoneAt)
                .containsExactly(Task.Status.DONE, "worker.alex", NOW);
        assertThat(TaskKind.REVIEW_OVERDUE.audience()).isEqualTo(Task.Audience.SUPERVISOR);
        assertThat(TaskKind.REFERRAL_AWAITING_ANSWER.audience()).isEqualTo(Task.Audience.PROVIDER);
    }

    @Test
    void aTaskEndedBeforeItOpenedIsBornEnded() {
        Task task = Task.endedBeforeOpened("answer-r1", TaskKind.REFERRAL_AWAITING_ANSWER, "case-1", "r1",
                "provider.pat", NOW);

        assertThat(task.getStatus()).isEqualTo(Task.Status.DONE);
        assertThat(task.getAudience()).isEqualTo(Task.Audience.PROVIDER);
        assertThat(task.getSubjectId()).isEqualTo("r1");
    }

    @Test
    void onlyAlertsStaleCasesAndEscalationsAreClosedByHand() {
        Task.open("t", TaskKind.THRESHOLD_CROSSED, "c", "a", "w", null, "URGENT", "s", NOW, NOW)
                .requireClosableByHand();
        assertThatThrownBy(() -> Task.open("t", TaskKind.REVIEW_DUE, "c", "a", "w", null, "HIGH", "s", NOW, NOW)
                .requireClosableByHand()).isInstanceOfSatisfying(RuleViolationException.class, refusal -> {
                    assertThat(refusal.slug()).isEqualTo("closes-itself");
                    assertThat(refusal).hasMessage("A review due task ends on its own when the review is completed.");
                });
    }
}
