package org.casemgmt.partner.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.casemgmt.events.EventCatalog;
import org.casemgmt.platform.domain.RuleViolationException;
import org.junit.jupiter.api.Test;

/** The delivery's state machine: pending with its attempts on the schedule, delivered, or dead-lettered. */
class WebhookDeliveryTest {

    private static final Instant NOW = Instant.parse("2030-03-01T10:00:00Z");
    private static final RetrySchedule SCHEDULE = new RetrySchedule(List.of(Duration.ofSeconds(5),
            Duration.ofMinutes(5)));
    private static final WebhookRegistration REGISTRATION = WebhookRegistration.registered("wh_1", "shelter-north",
            "https://partner.example/hooks", Set.of("case.opened"), "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
            "shelter-north-system", NOW);
    private static final CloudEventRequest REQUEST = CloudEventRequest.fromKafkaHeaders(Map.of("ce_id", "event-1",
            "ce_type", "org.casemgmt.case.opened.v1", "ce_subject", "case-1", "content-type", "application/json",
            "traceparent", "00-abc-def-01"), "{\"caseId\":\"case-1\"}");

    @Test
    void aNewDeliveryIsPendingAndDueAtOnce() {
        WebhookDelivery delivery = WebhookDelivery.of(REGISTRATION, REQUEST, NOW);

        assertThat(delivery.getStatus()).isEqualTo(DeliveryStatus.PENDING);
        assertThat(delivery.attemptDue(NOW)).isTrue();
        assertThat(delivery.nextAttemptAt()).isEqualTo(NOW);
        assertThat(delivery.getAttempts()).isZero();
    }

    @Test
    void aTwoHundredDeliversIt() {
        WebhookDelivery delivery = WebhookDelivery.of(REGISTRATION, REQUEST, NOW);

        delivery.attempted(AttemptResult.answered(204), NOW, SCHEDULE);

        assertThat(delivery.getStatus()).isEqualTo(DeliveryStatus.DELIVERED);
        assertThat(delivery.getDeliveredAt()).isEqualTo(NOW);
        assertThat(delivery.getLastResponseCode()).isEqualTo(204);
        assertThat(delivery.nextAttemptAt()).isNull();
        assertThat(delivery.attemptDue(NOW.plusSeconds(60))).as("a repeated call finds nothing to do").isFalse();
    }

    @Test
    void failuresWaitOnTheScheduleThenTheDeliveryIsDeadLettered() {
        WebhookDelivery delivery = WebhookDelivery.of(REGISTRATION, REQUEST, NOW);

        delivery.attempted(AttemptResult.answered(500), NOW, SCHEDULE);
        assertThat(delivery.getStatus()).isEqualTo(DeliveryStatus.PENDING);
        assertThat(delivery.nextAttemptAt()).isEqualTo(NOW.plusSeconds(5));
        assertThat(delivery.attemptDue(NOW.plusSeconds(4))).isFalse();
        assertThat(delivery.attemptDue(NOW.plusSeconds(5))).isTrue();

        delivery.attempted(AttemptResult.failed("ConnectException: refused"), NOW.plusSeconds(5), SCHEDULE);
        assertThat(delivery.nextAttemptAt()).isEqualTo(NOW.plusSeconds(305));
        assertThat(delivery.getLastResponseCode()).isNull();
        assertThat(delivery.getLastError()).isEqualTo("ConnectException: refused");

        delivery.attempted(AttemptResult.answered(410), NOW.plusSeconds(305), SCHEDULE);
        assertThat(delivery.getStatus()).isEqualTo(DeliveryStatus.DEAD_LETTERED);
        assertThat(delivery.getAttempts()).isEqualTo(3);
        assertThat(delivery.getLastResponseCode()).isEqualTo(410);
        assertThat(delivery.getLastError()).isNull();
        assertThat(delivery.nextAttemptAt()).isNull();
        assertThatThrownBy(() -> delivery.attempted(AttemptResult.answered(200), NOW, SCHEDULE))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aRedeliveryOfADeadLetterIsDueAtOnceWithTheScheduleFromItsStart() {
        WebhookDelivery delivery = WebhookDelivery.of(REGISTRATION, REQUEST, NOW);
        for (int i = 0; i < SCHEDULE.attempts(); i++) {
            delivery.attempted(AttemptResult.answered(503), NOW, SCHEDULE);
        }
        assertThat(delivery.getStatus()).isEqualTo(DeliveryStatus.DEAD_LETTERED);

        delivery.redeliver(NOW.plusSeconds(3600));

        assertThat(delivery.getStatus()).isEqualTo(DeliveryStatus.PENDING);
        assertThat(delivery.attemptDue(NOW.plusSeconds(3600))).isTrue();
        delivery.attempted(AttemptResult.answered(503), NOW.plusSeconds(3600), SCHEDULE);
        assertThat(delivery.nextAttemptAt()).isEqualTo(NOW.plusSeconds(3605));
        assertThat(delivery.getAttempts()).as("all attempts are counted").isEqualTo(4);
    }

    @Test
    void onlyADeadLetterIsRedelivered() {
        WebhookDelivery pending = WebhookDelivery.of(REGISTRATION, REQUEST, NOW);
        WebhookDelivery delivered = WebhookDelivery.of(REGISTRATION, REQUEST, NOW);
        delivered.attempted(AttemptResult.answered(200), NOW, SCHEDULE);

        assertThatThrownBy(() -> pending.redeliver(NOW)).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("PENDING");
        assertThatThrownBy(() -> delivered.redeliver(NOW)).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("DELIVERED");
    }

    @Test
    void aDeliveryOfADisabledWebhookIsDeadLetteredWithoutAnAttempt() {
        WebhookDelivery delivery = WebhookDelivery.of(REGISTRATION, REQUEST, NOW);

        delivery.deadLetter("registration-disabled", NOW);

        assertThat(delivery.getStatus()).isEqualTo(DeliveryStatus.DEAD_LETTERED);
        assertThat(delivery.getAttempts()).isZero();
        assertThat(delivery.attemptDue(NOW)).isFalse();
    }

    @Test
    void theSameEventMakesTheSameDeliveryIdAndAReplayAnotherOne() {
        WebhookDelivery first = WebhookDelivery.of(REGISTRATION, REQUEST, NOW);
        WebhookDelivery again = WebhookDelivery.of(REGISTRATION, REQUEST, NOW.plusSeconds(1));
        WebhookDelivery replayed = WebhookDelivery.replayed(REGISTRATION, REQUEST, "rpl_1", NOW);

        assertThat(again.getId()).isEqualTo(first.getId()).startsWith("msg_");
        assertThat(replayed.getId()).isNotEqualTo(first.getId());
        assertThat(replayed.getReplayId()).isEqualTo("rpl_1");
        assertThat(WebhookDelivery.replayed(REGISTRATION, REQUEST, "rpl_2", NOW).getId())
                .isNotEqualTo(replayed.getId());
    }

    @Test
    void theRequestIsTheCloudEventInHttpBinaryModeWithoutThePlatformsOwnHeaders() {
        assertThat(REQUEST.headers()).containsOnlyKeys("ce-id", "ce-type", "ce-subject");
        assertThat(REQUEST.contentType()).isEqualTo("application/json");
        assertThat(REQUEST.eventType()).isEqualTo("org.casemgmt.case.opened.v1");
    }

    @Test
    void aRegistrationWantsItsTypesOnItsOwnAgencysFeedOnlyAndNothingWhenDisabled() {
        PartnerFeedTopic north = PartnerFeedTopic.of("shelter-north");
        WebhookRegistration all = WebhookRegistration.registered("wh_2", "shelter-north", "https://p.example",
                Set.of("*"), "whsec_x", "admin", NOW);
        WebhookRegistration byType = WebhookRegistration.registered("wh_3", "shelter-north", "https://p.example",
                Set.of("org.casemgmt.goal.set.v2"), "whsec_x", "admin", NOW);

        assertThat(REGISTRATION.wants(north, "org.casemgmt.case.opened.v1")).as("by topic, any version").isTrue();
        assertThat(REGISTRATION.wants(north, "org.casemgmt.case.opened.v2")).isTrue();
        assertThat(REGISTRATION.wants(north, "org.casemgmt.goal.set.v1")).isFalse();
        assertThat(REGISTRATION.wants(PartnerFeedTopic.of("shelter-south"), "org.casemgmt.case.opened.v1"))
                .isFalse();
        assertThat(byType.wants(north, "org.casemgmt.goal.set.v2")).as("by CloudEvents type, that version").isTrue();
        assertThat(byType.wants(north, "org.casemgmt.goal.set.v1")).isFalse();
        assertThat(all.wants(north, "org.casemgmt.consent.ended.v1")).isTrue();
        all.disable();
        assertThat(all.wants(north, "org.casemgmt.consent.ended.v1")).isFalse();
    }

    @Test
    void aFeedTopicNamesItsAgency() {
        assertThat(PartnerFeedTopic.parse("partner.shelter-north.feed")).contains(PartnerFeedTopic.of("shelter-north"));
        assertThat(PartnerFeedTopic.of("shelter-north").name()).isEqualTo("partner.shelter-north.feed")
                .as("the name the feed builder writes to").isEqualTo(EventCatalog.partnerFeed("shelter-north"));
        assertThat(PartnerFeedTopic.parse("case.opened")).isEmpty();
    }
}
