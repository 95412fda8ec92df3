package org.casemgmt.intake.caseopening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.casemgmt.intake.RepositorySliceTest;
import org.casemgmt.intake.eligibility.FailedRule;
import org.casemgmt.platform.outbox.PendingEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

@RepositorySliceTest
class IntakeRepositoryTest {

    @Autowired
    IntakeRepository intakes;

    @BeforeEach
    void empty() {
        intakes.deleteAll();
    }

    @Test
    void anOpenedIntakeIsReadBackWithItsAssessmentConsentAndPendingEventInOneDocument() {
        Intake intake = IntakeFixtures.opened("intake-1");
        intake.publish(new PendingEvent("event-1", "case.opened", "org.casemgmt.case.opened.v1", "/casemgmt/intake",
                "intake-1", "urn:casemgmt:schema:case.opened:v1", IntakeFixtures.STARTED, "{}", null, null));
        intakes.save(intake);

        Intake read = intakes.findById("intake-1").orElseThrow();

        assertThat(read.getStatus()).isEqualTo(IntakeStatus.OPENED);
        assertThat(read.getAssessment()).isEqualTo(IntakeFixtures.housingCrisisAssessment());
        assertThat(read.getConsents()).containsExactly(IntakeFixtures.consentGivenAt(IntakeFixtures.STARTED));
        assertThat(read.getEligibility().eligible()).isTrue();
        assertThat(read.getOutbox()).extracting(PendingEvent::id).containsExactly("event-1");
        assertThat(read.getVersion()).isZero();
    }

    @Test
    void aDeclinedIntakeKeepsEveryReason() {
        Intake intake = IntakeFixtures.inProgress("intake-2", "agency-a", IntakeFixtures.STARTED);
        List<FailedRule> reasons = List.of(new FailedRule("AGE_RANGE", "too young"),
                new FailedRule("CONSENT_MISSING", "no consent"));
        intake.decline(reasons, "worker-1", IntakeFixtures.STARTED);
        intakes.save(intake);

        assertThat(intakes.findById("intake-2").orElseThrow().getDeclineReasons()).isEqualTo(reasons);
    }

    @Test
    void theListIsFilteredByStatusAgencyClientAndStartDaysAndPaged() {
        intakes.save(IntakeFixtures.inProgress("i1", "agency-a", Instant.parse("2026-11-01T10:00:00Z")));
        intakes.save(IntakeFixtures.inProgress("i2", "agency-a", Instant.parse("2026-11-02T10:00:00Z")));
        intakes.save(IntakeFixtures.inProgress("i3", "agency-a", Instant.parse("2026-11-03T23:59:59Z")));
        intakes.save(IntakeFixtures.inProgress("i4", "agency-b", Instant.parse("2026-11-02T10:00:00Z")));
        Intake declined = IntakeFixtures.inProgress("i5", "agency-a", Instant.parse("2026-11-02T11:00:00Z"));
        declined.decline(List.of(new FailedRule("AGE_RANGE", "too young")), "worker-1", Instant.now());
        intakes.save(declined);

        Page<Intake> page = intakes.findFiltered("agency-a", new IntakeFilter(IntakeStatus.IN_PROGRESS, "client-1",
                LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 3)), PageRequest.of(0, 10, Sort.by("startedAt")));

        assertThat(page.getContent()).extracting(Intake::getId).containsExactly("i2", "i3");
        assertThat(intakes.findFiltered("agency-a", new IntakeFilter(null, null, null, null), PageRequest.of(1, 2))
                .getContent()).hasSize(2);
        assertThat(intakes.findFiltered("agency-b", new IntakeFilter(null, null, null, null), PageRequest.of(0, 10))
                .getContent()).extracting(Intake::getId).containsExactly("i4");
    }

    @Test
    void savingAStaleCopyIsRefused() {
        intakes.save(IntakeFixtures.inProgress("i1", "agency-a", IntakeFixtures.STARTED));
        Intake first = intakes.findById("i1").orElseThrow();
        Intake second = intakes.findById("i1").orElseThrow();
        first.recordAssessment(IntakeFixtures.housingCrisisAssessment());
        intakes.save(first);
        second.recordAssessment(IntakeFixtures.housingCrisisAssessment());

        assertThatThrownBy(() -> intakes.save(second)).isInstanceOf(OptimisticLockingFailureException.class);
    }
}
