package org.casemgmt.platform.audit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LaneHeadTest {

    @Test
    void theLaterOfTwoIsTheOneFurtherAlongAndAnUnknownOneIsNotLater() {
        LaneHead third = new LaneHead(3, "c".repeat(64));
        LaneHead fifth = new LaneHead(5, "e".repeat(64));

        assertThat(third.orLater(fifth)).isSameAs(fifth);
        assertThat(fifth.orLater(third)).isSameAs(fifth);
        assertThat(third.orLater(new LaneHead(3, "d".repeat(64)))).isSameAs(third);
        assertThat(third.orLater(null)).isSameAs(third);
        assertThat(LaneHead.START).isEqualTo(new LaneHead(0, AuditEntry.GENESIS_HASH));
    }
}
