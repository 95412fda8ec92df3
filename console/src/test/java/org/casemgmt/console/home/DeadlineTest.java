package org.casemgmt.console.home;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DeadlineTest {

    private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");

    private static Deadline in(Duration left) {
        return new Deadline(NOW.plus(left), NOW);
    }

    @Test
    void saysTheTimeLeftInTheTwoLargestUnits() {
        assertThat(in(Duration.ofHours(3).plusMinutes(59)).amount()).isEqualTo("3 h 59 min");
        assertThat(in(Duration.ofDays(2).plusHours(4).plusMinutes(30)).amount()).isEqualTo("2 d 4 h");
        assertThat(in(Duration.ofDays(2)).amount()).isEqualTo("2 d");
        assertThat(in(Duration.ofHours(5)).amount()).isEqualTo("5 h");
        assertThat(in(Duration.ofMinutes(15)).amount()).isEqualTo("15 min");
    }

    @Test
    void neverSaysZeroMinutes() {
        assertThat(in(Duration.ofSeconds(20)).amount()).isEqualTo("1 min");
    }

    @Test
    void aPassedDeadlineSaysHowLongAgo() {
        Deadline passed = in(Duration.ofMinutes(-90));
        assertThat(passed.passed()).isTrue();
        assertThat(passed.amount()).isEqualTo("1 h 30 min");
        assertThat(in(Duration.ZERO).passed()).isTrue();
        assertThat(in(Duration.ofSeconds(1)).passed()).isFalse();
    }

    @Test
    void isSoonWithinADayAndWhenPassed() {
        assertThat(in(Duration.ofHours(23)).soon()).isTrue();
        assertThat(in(Duration.ofHours(24)).soon()).isFalse();
        assertThat(in(Duration.ofHours(-1)).soon()).isTrue();
    }
}
