package org.casemgmt.intake.caseopening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;

import org.casemgmt.intake.eligibility.FailedRule;
import org.casemgmt.platform.domain.ResourceNotFoundException;
import org.casemgmt.platform.domain.RuleViolationException;
import org.junit.jupiter.api.Test;

class IntakeTest {

    private static final Instant LATER = IntakeFixtures.STARTED.plusSeconds(3600);

    private final Intake intake = IntakeFixtures.inProgress("intake-1", "agency-a", IntakeFixtures.STARTED);
    private final Intake openCase = IntakeFixtures.opened("case-1");

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
        intake.decline(List.of(), "worker-1", LATER);

        assertThatThrownBy(() -> intake.recordConsent(IntakeFixtures.consentGivenAt(LATER)))
                .isInstanceOf(RuleViolationException.class);
        openCase.recordConsent(IntakeFixtures.consentGivenAt(LATER));
        assertThat(openCase.getConsents()).hasSize(2);
    }

    @Test
    void aConsentIsWithdrawnOnceAndAnUnknownConsentIsNotFound() {
        intake.recordConsent(IntakeFixtures.consentGivenAt(IntakeFixtures.STARTED));

        intake.withdrawConsent("consent-1", "moving away", "worker-2", LATER);

        assertThat(intake.getConsents()).singleElement().satisfies(consent -> {
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
    void aClosedCaseKeepsWhyAndWhenItClosed() {
        openCase.close("GOALS_ACHIEVED", LATER);

        assertThat(openCase.getStatus()).isEqualTo(IntakeStatus.CLOSED);
        assertThat(openCase.getClosureReason()).isEqualTo("GOALS_ACHIEVED");
    }

    @Test
    void aReopenedCaseIsOpenAgainWithoutItsClosure() {
        openCase.close("LOST_CONTACT", LATER);

        openCase.reopen();

        assertThat(openCase.getStatus()).isEqualTo(IntakeStatus.OPENED);
        assertThat(openCase.getClosedAt()).isNull();
        assertThat(openCase.getClosureReason()).isNull();
    }

    @Test
    void onlyAnOpenedCaseCanBeClosed() {
        assertThatThrownBy(() -> intake.close("GOALS_ACHIEVED", LATER))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("IN_PROGRESS");
    }
}
