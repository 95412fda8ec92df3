package org.casemgmt.referral.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ResponseTimesTest {

    private static final Instant AT = Instant.parse("2027-03-01T09:00:00Z");
    private final ResponseTimes times = new ResponseTimes(
            Map.of("URGENT", Duration.ofHours(4), "high", Duration.ofDays(1)),
            Map.of("program-youth", Map.of("HIGH", Duration.ofHours(8))), 0.5);

    @Test
    void theCasePriorityGivesTheTimeAllowed() {
        ResponseDeadline deadline = times.deadline("program-adults", "URGENT", AT);

        assertThat(deadline.respondBy()).isEqualTo(AT.plus(Duration.ofHours(4)));
        assertThat(deadline.remindAt()).isEqualTo(AT.plus(Duration.ofHours(2)));
    }

    @Test
    void aProgramsOwnTimeReplacesTheDefaultForItsPriorityOnly() {
        assertThat(times.deadline("program-youth", "HIGH", AT).respondBy()).isEqualTo(AT.plus(Duration.ofHours(8)));
        assertThat(times.deadline("program-youth", "URGENT", AT).respondBy()).isEqualTo(AT.plus(Duration.ofHours(4)));
    }

    @Test
    void aPriorityIsMatchedWhateverItsCase() {
        assertThat(times.deadline(null, "HIGH", AT).respondBy()).isEqualTo(AT.plus(Duration.ofDays(1)));
        assertThat(times.deadline(null, "urgent", AT).respondBy()).isEqualTo(AT.plus(Duration.ofHours(4)));
    }

    @Test
    void aPriorityWithNoTimeGetsThreeDays() {
        assertThat(times.deadline(null, "LOW", AT).respondBy()).isEqualTo(AT.plus(Duration.ofDays(3)));
    }

    @Test
    void theReminderComesStrictlyBetweenTheRequestAndTheDeadline() {
        assertThatThrownBy(() -> ResponseDeadline.from(AT, Duration.ofHours(1), 1.0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ResponseDeadline.from(AT, Duration.ofHours(1), 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ResponseDeadline.from(AT, Duration.ZERO, 0.5))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(ResponseDeadline.from(AT, Duration.ofHours(1), 0.75).remindAt()).isEqualTo(AT.plusSeconds(2700));
    }
}
