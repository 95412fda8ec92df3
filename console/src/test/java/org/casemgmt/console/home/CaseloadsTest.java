package org.casemgmt.console.home;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CaseloadsTest {

    @Test
    void eachTaskLeadsToWhereItIsDone() {
        assertThat(Caseloads.link("THRESHOLD_CROSSED", "c1", "a1")).isEqualTo("/cases/c1#assessments");
        assertThat(Caseloads.link("REVIEW_DUE", "c1", "r1")).isEqualTo("/cases/c1#review");
        assertThat(Caseloads.link("REVIEW_OVERDUE", "c1", "r1")).isEqualTo("/cases/c1#review");
        assertThat(Caseloads.link("CASE_STALE", "c1", null)).isEqualTo("/cases/c1#contacts");
        assertThat(Caseloads.link("REFERRAL_DECLINED", "c1", "f1")).isEqualTo("/cases/c1#referrals");
        assertThat(Caseloads.link("CLOSURE_AWAITING_APPROVAL", "c1", "x")).isEqualTo("/cases/c1#closure");
        assertThat(Caseloads.link("FOLLOW_UP_DUE", "c1", "x")).isEqualTo("/cases/c1#closure");
        assertThat(Caseloads.link("REFERRAL_AWAITING_ANSWER", "c1", "f1")).isEqualTo("/referrals#referral-f1");
        assertThat(Caseloads.link("SOMETHING_NEW", "c1", "x")).isEqualTo("/cases/c1");
    }

    @Test
    void anErasedClientHasNoName() {
        assertThat(Caseloads.name(Map.of("givenName", "María", "familyName", "García", "status", "ACTIVE")))
                .isEqualTo("María García");
        assertThat(Caseloads.name(Map.of("givenName", "x", "familyName", "y", "status", "ERASED"))).isNull();
        assertThat(Caseloads.name(null)).isNull();
    }

    @Test
    void theQueueShowsTheSoonestDeadlineFirstThenTheUrgentOnes() {
        Instant now = Instant.parse("2026-12-07T10:00:00Z");
        QueueItem later = item("later", "HIGH", new Deadline(now.plus(Duration.ofDays(2)), now));
        QueueItem sooner = item("sooner", "HIGH", new Deadline(now.plus(Duration.ofHours(1)), now));
        QueueItem urgentWithout = item("urgent", "URGENT", null);
        QueueItem highWithout = item("high", "HIGH", null);
        List<QueueItem> queue = new java.util.ArrayList<>(List.of(highWithout, later, urgentWithout, sooner));
        queue.sort(QueueItem.BY_DEADLINE);
        assertThat(queue).extracting(QueueItem::id).containsExactly("sooner", "later", "urgent", "high");
    }

    private static QueueItem item(String id, String urgency, Deadline due) {
        return new QueueItem(id, "REVIEW_DUE", "c", "c", urgency, due, "/cases/c");
    }
}
