package org.casemgmt.monitoring.instrument;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static org.casemgmt.monitoring.instrument.ShippedInstruments.PHQ_9;
import static org.casemgmt.monitoring.instrument.ShippedInstruments.SELF_SUFFICIENCY;
import static org.casemgmt.monitoring.instrument.ShippedInstruments.answers;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.casemgmt.monitoring.instrument.Assessment.Alert;
import org.casemgmt.monitoring.instrument.Assessment.AssessedCase;
import org.casemgmt.monitoring.instrument.Instrument.Severity;
import org.casemgmt.monitoring.instrument.InstrumentScoring.Answer;
import org.casemgmt.monitoring.instrument.InstrumentScoring.Kind;
import org.casemgmt.monitoring.instrument.InstrumentScoring.ScoredDomain;
import org.casemgmt.platform.domain.RuleViolationException;
import org.junit.jupiter.api.Test;

/** An administration: what it keeps, how it compares with the one before, and when it is refused. */
class AssessmentTest {

    private static final Instant NOW = Instant.parse("2027-02-03T10:45:00Z");
    private static final AssessedCase CASE = new AssessedCase("case-1", "client-1", "agency-north");
    private static final List<Answer> MILD = answers(PHQ_9, 1, 1, 1, 1, 1, 1, 1, 1, 0);
    private static final List<Answer> MODERATELY_SEVERE = answers(PHQ_9, 2, 2, 2, 2, 2, 2, 2, 1, 0);

    private final AtomicInteger tasks = new AtomicInteger();
    private final Supplier<String> taskIds = () -> "task-" + tasks.incrementAndGet();

    private Assessment administer(String id, List<Answer> answers, Assessment previous, Instant at) {
        return Assessment.administered(id, CASE, PHQ_9, answers, previous, "staff-0142", at, NOW, taskIds);
    }

    @Test
    void theFirstAdministrationKeepsItsScoreAndAnswersAndHasNothingToCompareWith() {
        Instant at = NOW.minus(Duration.ofHours(1));

        Assessment first = administer("assessment-1", MILD, null, at);

        assertThat(first).extracting(Assessment::getId, Assessment::getCaseId, Assessment::getClientId,
                Assessment::getAgencyId, Assessment::getInstrumentId, Assessment::getInstrumentVersion,
                Assessment::getTotalScore, Assessment::getBand, Assessment::getAdministeredBy,
                Assessment::getAdministeredAt, Assessment::getRecordedAt).containsExactly("assessment-1", "case-1",
                "client-1", "agency-north", "PHQ-9", 1, 8, "mild", "staff-0142", at, NOW);
        assertThat(first.getAnswers()).isEqualTo(MILD);
        assertThat(first.getDomainScores()).isEmpty();
        assertThat(first.getPreviousAssessmentId()).isNull();
        assertThat(first.getPreviousScore()).isNull();
        assertThat(first.getPreviousBand()).isNull();
        assertThat(first.getChange()).isNull();
        assertThat(first.getAlerts()).isEmpty();
        assertThat(first.getOutbox()).isEmpty();
        assertThat(first.isClientErased()).isFalse();
    }

    @Test
    void theNextAdministrationIsComparedWithThePreviousOne() {
        Assessment first = administer("assessment-1", MILD, null, NOW.minus(Duration.ofDays(30)));

        Assessment worse = administer("assessment-2", MODERATELY_SEVERE, first, NOW);
        Assessment better = administer("assessment-3", MILD, worse, NOW);

        assertThat(worse).extracting(Assessment::getPreviousAssessmentId, Assessment::getPreviousScore,
                Assessment::getPreviousBand, Assessment::getChange).containsExactly("assessment-1", 8, "mild", 7);
        assertThat(worse.getAlerts()).containsExactly(new Alert(Kind.BAND, "moderately-severe", Severity.HIGH,
                "The total, 15, reached the band Moderately severe depression.", "task-1"));
        assertThat(better.getChange()).isEqualTo(-7);
        assertThat(better.getPreviousBand()).isEqualTo("moderately-severe");
        assertThat(better.getAlerts()).isEmpty();
    }

    @Test
    void stayingInAnAlertingBandRaisesNothingNewButADangerousAnswerAlertsEachTime() {
        List<Answer> withItem9 = answers(PHQ_9, 2, 2, 2, 2, 2, 2, 2, 0, 1);
        Assessment first = administer("assessment-1", withItem9, null, NOW);

        Assessment second = administer("assessment-2", withItem9, first, NOW);

        assertThat(first.getAlerts()).extracting(Alert::kind, Alert::trigger, Alert::severity, Alert::taskId)
                .containsExactly(tuple(Kind.BAND, "moderately-severe", Severity.HIGH, "task-1"),
                        tuple(Kind.ITEM, "9", Severity.URGENT, "task-2"));
        assertThat(second.getAlerts()).extracting(Alert::kind, Alert::trigger, Alert::taskId)
                .containsExactly(tuple(Kind.ITEM, "9", "task-3"));
        assertThat(second.getChange()).isZero();
    }

    @Test
    void aPerDomainInstrumentKeepsEachDomainsScore() {
        Assessment assessment = Assessment.administered("assessment-1", CASE, SELF_SUFFICIENCY,
                answers(SELF_SUFFICIENCY, 1, 2, 3, 4, 5, 5, 4, 3, 2, 2), null, "staff-0142", NOW, NOW, taskIds);

        assertThat(assessment.getInstrumentId()).isEqualTo("SELF-SUFFICIENCY");
        assertThat(assessment.getTotalScore()).isEqualTo(31);
        assertThat(assessment.getDomainScores()).hasSize(10).startsWith(new ScoredDomain("HOUSING", 1));
        assertThat(assessment.getAlerts()).extracting(Alert::trigger, Alert::reason)
                .containsExactly(tuple("HOUSING", "In crisis in housing."));
    }

    @Test
    void anAdministrationInTheFutureIsRefused() {
        assertThatThrownBy(() -> administer("assessment-1", MILD, null, NOW.plusMillis(1)))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        refused -> assertThat(refused.slug()).isEqualTo("in-the-future"))
                .hasMessageContaining("2027-02-03T10:45:00.001Z is in the future");
        assertThat(administer("assessment-1", MILD, null, NOW).getAdministeredAt()).isEqualTo(NOW);
    }

    @Test
    void anAdministrationBeforeThePreviousOneIsRefusedAndOneAtTheSameMomentIsNot() {
        Instant at = NOW.minus(Duration.ofDays(1));
        Assessment previous = administer("assessment-1", MILD, null, at);

        assertThatThrownBy(() -> administer("assessment-2", MILD, previous, at.minusMillis(1)))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        refused -> assertThat(refused.slug()).isEqualTo("before-previous-administration"))
                .hasMessageContaining("PHQ-9 was last administered on this case at " + at);
        assertThat(administer("assessment-2", MILD, previous, at).getChange()).isZero();
    }

    @Test
    void invalidAnswersAreRefusedBeforeAnythingIsKept() {
        assertThatThrownBy(() -> administer("assessment-1", answers(PHQ_9, 1, 1), null, NOW))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        refused -> assertThat(refused.slug()).isEqualTo("invalid-answers"));
        assertThat(tasks).hasValue(0);
    }

    @Test
    void itsEventsWaitInItsOutbox() {
        Assessment assessment = administer("assessment-1", MILD, null, NOW);
        org.casemgmt.platform.outbox.PendingEvent event = new org.casemgmt.platform.outbox.PendingEvent("e-1",
                "assessment.scored", "type", "monitoring-service", "case-1", "schema", NOW, "{}", null, null);

        assertThat(assessment.getOutbox()).isEmpty();
        assessment.publish(event);

        assertThat(assessment.getOutbox()).containsExactly(event);
    }
}
