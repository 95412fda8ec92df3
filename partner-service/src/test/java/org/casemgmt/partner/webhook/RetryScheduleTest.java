package org.casemgmt.partner.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

class RetryScheduleTest {

    private static final RetrySchedule DEFAULT = new RetrySchedule(List.of(Duration.ofSeconds(5),
            Duration.ofMinutes(5), Duration.ofMinutes(30), Duration.ofHours(2), Duration.ofHours(5),
            Duration.ofHours(10), Duration.ofHours(10)));

    @Test
    void eachFailureWaitsTheNextPauseAndAfterTheLastItGivesUp() {
        assertThat(DEFAULT.after(1)).contains(Duration.ofSeconds(5));
        assertThat(DEFAULT.after(2)).contains(Duration.ofMinutes(5));
        assertThat(DEFAULT.after(7)).contains(Duration.ofHours(10));
        assertThat(DEFAULT.after(8)).isEmpty();
        assertThat(DEFAULT.after(0)).isEmpty();
        assertThat(DEFAULT.attempts()).isEqualTo(8);
    }

    @Test
    void theDefaultRetriesForMoreThanADay() {
        assertThat(DEFAULT.span()).isGreaterThan(Duration.ofHours(24));
    }

    @Test
    void aPauseIsPositive() {
        assertThatThrownBy(() -> new RetrySchedule(List.of(Duration.ofSeconds(1), Duration.ZERO)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
