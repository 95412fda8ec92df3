package org.casemgmt.platform.audit;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Where an entry stands: its {@code _id} holds its lane and its sequence number on the lane. */
class AuditEntryTest {

    private static final AuditRecord READING = new AuditRecord("client", "client-1", null, AuditAction.READ, null,
            "GET", "/api/intake/clients/client-1", null, 200, null);

    @Test
    void laneZeroIsNumberedAsTheTrailWasBeforeLanesAndEachLaneHasItsOwnThousandBillion() {
        assertThat(AuditEntry.idOf(0, 1)).isEqualTo(1);
        assertThat(AuditEntry.idOf(0, 42)).isEqualTo(42);
        assertThat(AuditEntry.idOf(3, 42)).isEqualTo(3_000_000_000_042L);
        assertThat(AuditEntry.idOf(1, AuditEntry.LANE_SPAN - 1)).isEqualTo(1_999_999_999_999L);
        assertThat(AuditEntry.idOf(127, 1)).isEqualTo(127_000_000_000_001L);
    }

    @Test
    void anEntryReadsItsLaneAndSequenceFromItsId() {
        AuditEntry entry = entryAt(3, 42);
        AuditEntry last = entryAt(2, AuditEntry.LANE_SPAN - 1);

        assertThat(entry.getId()).isEqualTo(3_000_000_000_042L);
        assertThat(entry.getLane()).isEqualTo(3);
        assertThat(entry.getSequence()).isEqualTo(42);
        assertThat(last.getLane()).isEqualTo(2);
        assertThat(last.getSequence()).isEqualTo(AuditEntry.LANE_SPAN - 1);
        assertThat(entry.toEvent().lane()).isEqualTo(3);
        assertThat(entry.toEvent().sequence()).isEqualTo(42);
    }

    @Test
    void thereIsNoEntryZeroNorOneBeyondTheLaneNorANegativeLane() {
        assertThatThrownBy(() -> AuditEntry.idOf(0, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no entry 0 on lane 0: lanes are numbered from 0, entries from 1 to 999999999999");
        assertThatThrownBy(() -> AuditEntry.idOf(1, AuditEntry.LANE_SPAN))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AuditEntry.idOf(-1, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    private static AuditEntry entryAt(int lane, long sequence) {
        return AuditEntry.chained(lane, sequence, AuditEntry.GENESIS_HASH, "intake-service", "worker-1", "agency-a",
                READING, null, Instant.parse("2026-11-23T12:00:00Z"));
    }
}
