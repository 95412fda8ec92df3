package org.casemgmt.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.casemgmt.referral.ReferralApi.body;
import static org.casemgmt.referral.ReferralApi.provider;
import static org.casemgmt.referral.ReferralApi.read;
import static org.casemgmt.referral.ReferralApi.worker;

import java.time.Instant;
import java.util.UUID;

import org.casemgmt.events.EventCatalog;
import org.casemgmt.platform.testing.TopicProbe;
import org.casemgmt.referral.ReferralApi.Service;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import tools.jackson.databind.node.ObjectNode;

/**
 * A case closed by closure-service: the referral still awaiting the provider's answer is cancelled, the one the
 * provider took on stays theirs, and the case gets no matches or referrals until it is re-opened.
 */
class CaseClosureIT extends ReferralIntegrationTestBase {

    private static final Instant NEXT_YEAR = Instant.parse("2027-12-31T00:00:00Z");

    private String providerAgency;
    private String serviceType;
    private Service shelter;
    private Service outreach;

    @BeforeEach
    void aProviderWithTwoServices() {
        providerAgency = "shelter-" + UUID.randomUUID().toString().substring(0, 8);
        serviceType = ReferralApi.newServiceType();
        shelter = Service.of(serviceType, 5);
        outreach = Service.of(serviceType, 5);
        api.provider(providerAgency, shelter, outreach);
    }

    @Test
    void closingCancelsTheUnansweredReferralOnceKeepsTheAcceptedOneAndRefusesNewOnesUntilReopened() {
        String caseId = api.caseWithGoal(serviceType, "HIGH", "program-1", NEXT_YEAR, providerAgency);
        String unanswered = referred(caseId, shelter);
        String accepted = referred(caseId, outreach);
        MvcTestResult acceptance = api.post("/api/referral/referrals/" + accepted + "/accept",
                provider(providerAgency), "{\"version\": %d}".formatted(api.version(accepted)));
        assertThat(acceptance.getResponse().getStatus()).as(body(acceptance)).isEqualTo(200);
        String acceptedVersion = read(acceptance, "$.version");
        String anotherCase = api.caseWithGoal(serviceType, "HIGH", "program-1", NEXT_YEAR, providerAgency);

        deliverClosureTwice(caseId);

        assertThat(topics.awaitPublished(EventCatalog.REFERRAL_CANCELLED, caseId, 1).getFirst().body())
                .contains(unanswered, "\"statusReason\":\"case-closed\"", "\"changedBy\":\"referral-service\"");
        MvcTestResult cancelled = api.get("/api/referral/referrals/" + unanswered, worker());
        assertThat(read(cancelled, "$.status")).isEqualTo("cancelled");
        assertThat(read(cancelled, "$.statusReason")).isEqualTo("case-closed");
        MvcTestResult stillAccepted = api.get("/api/referral/referrals/" + accepted, worker());
        assertThat(read(stillAccepted, "$.status")).isEqualTo("accepted");
        assertThat(read(stillAccepted, "$.version")).isEqualTo(acceptedVersion);
        await().untilAsserted(() -> assertThat(topics.awaitPublished(EventCatalog.CAPACITY_CHANGED, shelter.id(), 1)
                .getLast().body()).contains("\"held\":0", "\"offerable\":5"));
        assertRefusedAsClosed(api.refer(caseId, shelter.id(), "note"));
        assertRefusedAsClosed(api.get("/api/referral/cases/" + caseId + "/matches", worker()));

        // case.closed is one partition read in order: once a later closure took effect, both deliveries were read
        api.publish(EventCatalog.CASE_CLOSED, anotherCase, closure(anotherCase));
        await().until(() -> api.get("/api/referral/cases/" + anotherCase + "/matches", worker()).getResponse()
                .getStatus() == 409);
        assertThat(topics.eventIds(EventCatalog.REFERRAL_CANCELLED.topic(), caseId)).hasSize(1);

        api.publish(EventCatalog.CASE_REOPENED, caseId, ReferralApi.example(EventCatalog.CASE_REOPENED)
                .put("caseId", caseId).put("reopenedAt", Instant.now().toString()));

        await().untilAsserted(() -> {
            MvcTestResult again = api.refer(caseId, shelter.id(), "She is back in her car on Mill Lane");
            assertThat(again.getResponse().getStatus()).as(body(again)).isEqualTo(201);
            assertThat(read(again, "$.status")).isEqualTo("requested");
        });
        assertThat(api.get("/api/referral/cases/" + caseId + "/matches", worker()).getResponse().getStatus())
                .isEqualTo(200);
    }

    private String referred(String caseId, Service service) {
        MvcTestResult requested = api.refer(caseId, service.id(), "note");
        assertThat(requested.getResponse().getStatus()).as(body(requested)).isEqualTo(201);
        return read(requested, "$.id");
    }

    private void deliverClosureTwice(String caseId) {
        String eventId = UUID.randomUUID().toString();
        ObjectNode closed = closure(caseId);
        publish(caseId, eventId, closed);
        publish(caseId, eventId, closed);
    }

    private static ObjectNode closure(String caseId) {
        return ReferralApi.example(EventCatalog.CASE_CLOSED).put("caseId", caseId)
                .put("closedAt", Instant.now().toString());
    }

    private void publish(String caseId, String eventId, ObjectNode closed) {
        topics.publish(EventCatalog.CASE_CLOSED.topic(), caseId,
                TopicProbe.cloudEventHeaders(EventCatalog.CASE_CLOSED, eventId, caseId), closed.toString());
    }

    private static void assertRefusedAsClosed(MvcTestResult refused) {
        assertThat(refused.getResponse().getStatus()).as(body(refused)).isEqualTo(409);
        assertThat(read(refused, "$.type")).endsWith("case-closed");
    }
}
