package org.casemgmt.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class SupervisorTest {

    @Test
    void thePauseBeforeARestartDoublesWithEachDeathInARowUpToHalfAMinute() {
        assertThat(Supervisor.pauseAfter(1)).isEqualTo(Duration.ofSeconds(1));
        assertThat(Supervisor.pauseAfter(2)).isEqualTo(Duration.ofSeconds(2));
        assertThat(Supervisor.pauseAfter(5)).isEqualTo(Duration.ofSeconds(16));
        assertThat(Supervisor.pauseAfter(6)).isEqualTo(Duration.ofSeconds(30));
        assertThat(Supervisor.pauseAfter(500)).isEqualTo(Duration.ofSeconds(30));
    }
}
