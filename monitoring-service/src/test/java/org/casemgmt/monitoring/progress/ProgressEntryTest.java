package org.casemgmt.monitoring.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.casemgmt.platform.domain.RuleViolationException;
import org.junit.jupiter.api.Test;

class ProgressEntryTest {

    private static final Instant NOW = Instant.parse("2027-03-01T09:00:00Z");

    @Test
    void aMeasurementKeepsItsObjectiveValueAndMoment() {
        ProgressEntry entry = ProgressEntry.measured("p-1", "case-1", "client-1", "agency-north", "goal-1", "nights",
                30, "note", NOW.minusSeconds(60), "worker.alex", NOW);

        assertThat(entry).extracting(ProgressEntry::getId, ProgressEntry::getCaseId, ProgressEntry::getGoalId,
                ProgressEntry::getObjectiveId, ProgressEntry::getValue, ProgressEntry::getNote,
                ProgressEntry::getMeasuredAt, ProgressEntry::getRecordedBy, ProgressEntry::getRecordedAt)
                .containsExactly("p-1", "case-1", "goal-1", "nights", 30.0, "note", NOW.minusSeconds(60),
                        "worker.alex", NOW);
        assertThat(entry.getOutbox()).isEmpty();
        assertThat(entry.isClientErased()).isFalse();
    }

    @Test
    void aMeasurementIsAFiniteNumberTakenNoLaterThanNow() {
        assertThat(ProgressEntry.measured("p", "c", "cl", "a", "g", "o", 1, null, NOW, "w", NOW).getMeasuredAt())
                .isEqualTo(NOW);
        assertThatThrownBy(() -> ProgressEntry.measured("p", "c", "cl", "a", "g", "o", 1, null, NOW.plusSeconds(1),
                "w", NOW)).isInstanceOfSatisfying(RuleViolationException.class,
                refusal -> assertThat(refusal.slug()).isEqualTo("in-the-future"));
        for (double value : new double[] {Double.NaN, Double.POSITIVE_INFINITY}) {
            assertThatThrownBy(() -> ProgressEntry.measured("p", "c", "cl", "a", "g", "o", value, null, NOW, "w",
                    NOW)).isInstanceOfSatisfying(RuleViolationException.class,
                    refusal -> assertThat(refusal.slug()).isEqualTo("not-a-number"));
        }
    }
}
