package org.casemgmt.console.live;

import java.time.Instant;
import java.util.Map;
import java.util.Set;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CaseChangeTest {

    private static final Instant AT = Instant.parse("2026-12-07T10:00:00Z");

    @Test
    void aPageHearsOfTheCasesItShowsAndOfWhatNamesItsAgency() {
        CaseChange accepted = CaseChange.of("referral.accepted", "case-1", Map.of("caseId", "case-1", "receivingAgencyId", "shelter-north", "requestingAgencyId", "agency-north"), AT);
        assertThat(accepted.concerns("agency-south", Set.of("case-1"))).isTrue();
        assertThat(accepted.concerns("shelter-north", Set.of())).isTrue();
        assertThat(accepted.concerns("agency-north", Set.of())).isTrue();
        assertThat(accepted.concerns("agency-south", Set.of("case-2"))).isFalse();
    }

    @Test
    void theCaseIsTheBodysOrElseTheKey() {
        assertThat(CaseChange.of("contact.recorded", "key", Map.of(), AT).caseId()).isEqualTo("key");
        assertThat(CaseChange.of("contact.recorded", "key", Map.of("caseId", "case-9"), AT).caseId()).isEqualTo("case-9");
        assertThat(CaseChange.of("case.opened", "c", Map.of("agencyId", "agency-north"), AT).agencies())
                .containsExactly("agency-north");
    }

    @Test
    void anUnreadableEventIsLeftOut() {
        assertThat(LiveUpdates.changeOf(new ConsumerRecord<>("case.opened", 0, 0, "c", "{not json"), AT)).isEmpty();
        assertThat(LiveUpdates.changeOf(new ConsumerRecord<>("case.opened", 0, 0, "c", "{\"caseId\":\"c\"}"), AT))
                .hasValueSatisfying(change -> assertThat(change.caseId()).isEqualTo("c"));
    }

    @Test
    void followsEveryCaseTopicButTheAuditTrail() {
        assertThat(LiveUpdates.topics()).contains("case.opened", "referral.requested", "threshold.crossed")
                .doesNotContain("audit.recorded");
    }
}
