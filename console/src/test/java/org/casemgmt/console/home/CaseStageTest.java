package org.casemgmt.console.home;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CaseStageTest {

    @Test
    void anIntakeInProgressIsAtIntakeWhateverElseIsKnown() {
        assertThat(CaseStage.of("IN_PROGRESS", null, null, false)).isEqualTo(CaseStage.INTAKE);
    }

    @Test
    void anOpenCaseIsPlannedUntilItsPlanIsApproved() {
        assertThat(CaseStage.of("OPENED", null, null, false)).isEqualTo(CaseStage.PLANNING);
        assertThat(CaseStage.of("OPENED", "DRAFT", "OPEN", false)).isEqualTo(CaseStage.PLANNING);
        assertThat(CaseStage.of("OPENED", "SUBMITTED", "OPEN", false)).isEqualTo(CaseStage.PLANNING);
        assertThat(CaseStage.of("OPENED", "APPROVED", "OPEN", false)).isEqualTo(CaseStage.SERVICE);
        assertThat(CaseStage.of("OPENED", "ACTIVE", "OPEN", false)).isEqualTo(CaseStage.SERVICE);
    }

    @Test
    void aClosureWaitingForItsSupervisorIsClosing() {
        assertThat(CaseStage.of("OPENED", "ACTIVE", "OPEN", true)).isEqualTo(CaseStage.CLOSING);
    }

    @Test
    void closedByClosureOrByIntakeOrDeclinedIsClosed() {
        assertThat(CaseStage.of("OPENED", "ACTIVE", "CLOSED", false)).isEqualTo(CaseStage.CLOSED);
        assertThat(CaseStage.of("CLOSED", "CLOSED", null, false)).isEqualTo(CaseStage.CLOSED);
        assertThat(CaseStage.of("DECLINED", null, null, false)).isEqualTo(CaseStage.CLOSED);
    }
}
