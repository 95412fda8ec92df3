package org.casemgmt.intake.caseopening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;

import org.casemgmt.intake.assessment.RiskLevel;
import org.casemgmt.intake.eligibility.FailedRule;
import org.casemgmt.platform.web.ResourceNotFoundException;
import org.casemgmt.platform.web.RuleViolationException;
import org.junit.jupiter.api.Test;

class IntakeTest {

    private static final Instant LATER = IntakeFixtures.STARTED.plusSeconds(3600);

    private final Intake intake = IntakeFixtures.inProgress("intake-1", "agency-a", IntakeFixtures.STARTED);

    @Test
    void aDecidedIntakeTakesNoNewAssessmentAndCannotBeDecidedAgain() {
        intake.decline(List.of(new FailedRule("CONSENT_MISSING", "no consent")), "worker-1", LATER);

        assertThatThrownBy(() -> intake.recordAssessment(IntakeFixtures.housingCrisisAssessment()))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("already DECLINED");
        assertThatThrownBy(() -> intake.decline(List.of(), "worker-1", LATER))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.slug()).isEqualTo("intake-already-decided"));
    }

    @Test
    void aDeclinedIntakeTakesNoConsentButAnOpenCaseDoes() {
        Intake declined = IntakeFixtures.inProgress("intake-2", "agency-a", IntakeFixtures.STARTED);
        declined.decline(List.of(), "worker-1", LATER);
        openWithConsent();

        assertThatThrownBy(() -> declined.recordConsent(IntakeFixtures.consentGivenAt(LATER)))
                .isInstanceOf(RuleViolationException.class);
        intake.recordConsent(IntakeFixtures.consentGivenAt(LATER));
        assertThat(intake.getConsents()).hasSize(2);
    }

    @Test
    void aConsentIsWithdrawnOnceAndAnUnknownConsentIsNotFound() {
        intake.recordConsent(IntakeFixtures.consentGivenAt(IntakeFixtures.STARTED));

        intake.withdrawConsent("consent-1", "moving away", "worker-2", LATER);

        assertThat(intake.consent("consent-1")).get().satisfies(consent -> {
            assertThat(consent.withdrawal().reason()).isEqualTo("moving away");
            assertThat(consent.withdrawal().recordedBy()).isEqualTo("worker-2");
        });
        assertThatThrownBy(() -> intake.withdrawConsent("consent-1", null, "worker-2", LATER))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.slug()).isEqualTo("consent-already-withdrawn"));
        assertThatThrownBy(() -> intake.withdrawConsent("nope", null, "worker-2", LATER))
                .isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void aClosureEventIsAppliedOnlyOnce() {
        openWithConsent();

        assertThat(intake.close("event-1", "GOALS_ACHIEVED", LATER)).isTrue();
        assertThat(intake.close("event-1", "GOALS_ACHIEVED", LATER)).isFalse();
        assertThat(intake.getStatus()).isEqualTo(IntakeStatus.CLOSED);
        assertThat(intake.getClosureReason()).isEqualTo("GOALS_ACHIEVED");
    }

    @Test
    void aReopenedCaseIsOpenAgainWithoutItsClosure() {
        openWithConsent();
        intake.close("event-1", "LOST_CONTACT", LATER);

        assertThat(intake.reopen("event-2")).isTrue();

        assertThat(intake.getStatus()).isEqualTo(IntakeStatus.OPENED);
        assertThat(intake.getClosedAt()).isNull();
        assertThat(intake.getClosureReason()).isNull();
    }

    @Test
    void onlyAnOpenedCaseCanBeClosed() {
        assertThatThrownBy(() -> intake.close("event-1", "GOALS_ACHIEVED", LATER))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("IN_PROGRESS");
    }

    private void openWithConsent() {
        intake.recordAssessment(IntakeFixtures.housingCrisisAssessment());
        intake.recordConsent(IntakeFixtures.consentGivenAt(IntakeFixtures.STARTED));
        intake.open(CasePriority.URGENT, RiskLevel.HIGH, intake.getConsents().getFirst(), "worker-1", LATER);
    }
}
