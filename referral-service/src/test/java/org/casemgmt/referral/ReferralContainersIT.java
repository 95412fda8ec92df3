package org.casemgmt.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casemgmt.referral.ReferralApi.provider;
import static org.casemgmt.referral.ReferralApi.read;

import java.time.Instant;

import org.casemgmt.events.EventCatalog;
import org.casemgmt.platform.testing.OfficialImagesTest;
import org.casemgmt.platform.testing.TopicProbe;
import org.casemgmt.referral.ReferralApi.Service;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.testcontainers.kafka.KafkaContainer;

/**
 * The main flow of {@link ClosedLoopReferralIT} and {@link ConsentGateIT} against the official Kafka (KRaft) and
 * MongoDB images, as in a real deployment. Skipped where Docker is not available.
 */
@OfficialImagesTest
class ReferralContainersIT {

    @Autowired
    KafkaContainer kafka;
    @Autowired
    MockMvcTester mvc;

    @Test
    void aReferralIsAcceptedAndAnotherIsCancelledWhenTheConsentIsWithdrawn() {
        TopicProbe topics = new TopicProbe(kafka.getBootstrapServers());
        ReferralApi api = new ReferralApi(mvc, topics);
        String serviceType = ReferralApi.newServiceType();
        Service service = Service.of(serviceType, 3);
        api.provider("containers-shelter", service);
        String caseId = api.caseWithGoal(serviceType, "HIGH", "program-1", Instant.parse("2027-12-31T00:00:00Z"),
                "containers-shelter");

        String accepted = read(api.refer(caseId, service.id(), "note"), "$.id");
        api.post("/api/referral/referrals/" + accepted + "/accept", provider("containers-shelter"),
                "{\"version\": %d}".formatted(api.version(accepted)));
        topics.awaitPublished(EventCatalog.REFERRAL_ACCEPTED, caseId, 1);

        String otherCase = api.caseWithGoal(serviceType, "HIGH", "program-1", Instant.parse("2027-12-31T00:00:00Z"),
                "containers-shelter");
        api.refer(otherCase, service.id(), "note");
        api.publish(EventCatalog.CONSENT_WITHDRAWN, otherCase, ReferralApi.example(EventCatalog.CONSENT_WITHDRAWN)
                .put("caseId", otherCase).put("consentId", ReferralApi.consentOf(otherCase)));

        assertThat(topics.awaitPublished(EventCatalog.REFERRAL_CANCELLED, otherCase, 1).getFirst().body())
                .contains("consent-withdrawn");
    }
}
