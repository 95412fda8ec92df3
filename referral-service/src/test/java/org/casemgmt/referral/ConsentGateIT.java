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
import org.casemgmt.platform.testing.DocumentUploads;
import org.casemgmt.referral.ReferralApi.Service;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import tools.jackson.databind.node.ObjectNode;

/** Referral's own view of each case's consent, kept from intake's events, decides which agencies may be sent the client. */
class ConsentGateIT extends ReferralIntegrationTestBase {

    private static final Instant NEXT_YEAR = Instant.parse("2027-12-31T00:00:00Z");

    private String providerAgency;
    private String serviceType;
    private Service service;

    @BeforeEach
    void aProvider() {
        providerAgency = "housing-" + UUID.randomUUID().toString().substring(0, 8);
        serviceType = ReferralApi.newServiceType();
        service = Service.of(serviceType, 5);
        api.provider(providerAgency, service);
    }

    @Test
    void aReferralToAnAgencyOutsideTheConsentIsRefusedNamingTheAgency() {
        String caseId = api.caseWithGoal(serviceType, "HIGH", "program-1", NEXT_YEAR, "some-other-agency");

        MvcTestResult refused = api.refer(caseId, service.id(), "note");

        assertThat(refused.getResponse().getStatus()).isEqualTo(409);
        assertThat(read(refused, "$.type")).endsWith("consent-does-not-cover-agency");
        assertThat(read(refused, "$.detail")).contains(providerAgency);
        assertThat(read(api.get("/api/referral/cases/" + caseId + "/matches", worker()),
                "$[0].matches[0].consentCovers")).isEqualTo("false");
    }

    @Test
    void aReferralUnderAnExpiredConsentIsRefusedAsExpired() {
        String caseId = api.caseWithGoal(serviceType, "HIGH", "program-1", Instant.parse("2026-01-01T00:00:00Z"),
                providerAgency);

        MvcTestResult refused = api.refer(caseId, service.id(), "note");

        assertThat(refused.getResponse().getStatus()).isEqualTo(409);
        assertThat(read(refused, "$.type")).endsWith("consent-expired");
    }

    @Test
    void aReferralUnderAWithdrawnConsentIsRefusedAsWithdrawn() {
        String caseId = api.caseWithGoal(serviceType, "HIGH", "program-1", NEXT_YEAR, providerAgency);
        withdrawConsent(caseId);

        await().untilAsserted(() -> {
            MvcTestResult refused = api.refer(caseId, service.id(), "note");
            assertThat(refused.getResponse().getStatus()).isEqualTo(409);
            assertThat(read(refused, "$.type")).endsWith("consent-withdrawn");
        });
    }

    @Test
    void aProviderSeesTheCasesDocumentsOnlyWhileAReferralIsAddressedToItAndTheConsentCoversIt() {
        String caseId = api.caseWithGoal(serviceType, "HIGH", "program-1", NEXT_YEAR, providerAgency);
        String documents = "/api/referral/cases/" + caseId + "/documents";
        String documentId = DocumentUploads.attach(mvc, documents, worker());
        String document = documents + "/" + documentId + "/content";
        assertThat(api.get(document, provider(providerAgency)).getResponse().getStatus())
                .as("covered by the consent, but no referral to it yet").isEqualTo(404);

        assertThat(api.refer(caseId, service.id(), "note").getResponse().getStatus()).isEqualTo(201);

        assertThat(api.get(document, provider(providerAgency)).getResponse().getStatus()).isEqualTo(200);
        assertThat(api.get(document, provider("another-shelter")).getResponse().getStatus())
                .as("a provider the referral is not addressed to").isEqualTo(404);
        withdrawConsent(caseId);
        await().untilAsserted(() -> assertThat(api.get(document, provider(providerAgency)).getResponse().getStatus())
                .as("once the consent no longer covers it").isEqualTo(404));
        assertThat(api.get(document, worker()).getResponse().getStatus()).isEqualTo(200);
    }

    @Test
    void aConsentWithdrawnWhileAReferralIsOpenCancelsItReleasesItsUnitAndHidesTheNoteFromTheProvider() {
        String caseId = api.caseWithGoal(serviceType, "HIGH", "program-1", NEXT_YEAR, providerAgency);
        MvcTestResult requested = api.refer(caseId, service.id(), "She sleeps in her car on Mill Lane");
        assertThat(requested.getResponse().getStatus()).as(body(requested)).isEqualTo(201);
        String referralId = read(requested, "$.id");

        withdrawConsent(caseId);

        assertThat(topics.awaitPublished(EventCatalog.REFERRAL_CANCELLED, caseId, 1).getFirst().body())
                .contains(referralId, "\"statusReason\":\"consent-withdrawn\"", "\"changedBy\":\"referral-service\"");
        MvcTestResult cancelled = api.get("/api/referral/referrals/" + referralId, worker());
        assertThat(read(cancelled, "$.status")).isEqualTo("cancelled");
        assertThat(read(cancelled, "$.statusReason")).isEqualTo("consent-withdrawn");
        MvcTestResult providersView = api.get("/api/referral/referrals/" + referralId, provider(providerAgency));
        assertThat(read(providersView, "$.note")).isNull();
        assertThat(read(providersView, "$.sharedUnderConsent")).isEqualTo("false");
        await().untilAsserted(() -> assertThat(topics.awaitPublished(EventCatalog.CAPACITY_CHANGED, service.id(), 1)
                .getLast().body()).contains("\"held\":0", "\"offerable\":5"));
    }

    @Test
    void aProviderCannotAcceptAReferralWhoseConsentExpiredSinceItWasMade() throws InterruptedException {
        Instant expiry = Instant.now().plusSeconds(3);
        String caseId = api.caseWithGoal(serviceType, "HIGH", "program-1", expiry, providerAgency);
        String referralId = read(api.refer(caseId, service.id(), "note"), "$.id");

        Thread.sleep(Math.max(0, expiry.toEpochMilli() - System.currentTimeMillis() + 100));
        MvcTestResult refused = api.post("/api/referral/referrals/" + referralId + "/accept",
                provider(providerAgency), "{\"version\": %d}".formatted(api.version(referralId)));

        assertThat(refused.getResponse().getStatus()).isEqualTo(409);
        assertThat(read(refused, "$.type")).endsWith("consent-expired");
        assertThat(read(api.get("/api/referral/referrals/" + referralId, provider(providerAgency)), "$.note"))
                .isNull();
    }

    @Test
    void aWithdrawalDeliveredTwiceCancelsOnce() {
        String caseId = api.caseWithGoal(serviceType, "HIGH", "program-1", NEXT_YEAR, providerAgency);
        api.refer(caseId, service.id(), "note");
        ObjectNode withdrawn = withdrawal(caseId);
        String eventId = UUID.randomUUID().toString();

        for (int delivery = 0; delivery < 2; delivery++) {
            topics.publish(EventCatalog.CONSENT_WITHDRAWN.topic(), caseId, org.casemgmt.platform.testing.TopicProbe
                    .cloudEventHeaders(EventCatalog.CONSENT_WITHDRAWN, eventId, caseId), withdrawn.toString());
        }

        topics.awaitPublished(EventCatalog.REFERRAL_CANCELLED, caseId, 1);
        api.publish(EventCatalog.GOAL_SET, caseId, ReferralApi.example(EventCatalog.GOAL_SET).put("caseId", caseId)
                .put("goalId", "later-goal-" + caseId));
        await().until(() -> read(api.get("/api/referral/cases/" + caseId + "/matches", worker()), "$.length()")
                .equals("2"));
        assertThat(topics.eventIds(EventCatalog.REFERRAL_CANCELLED.topic(), caseId)).hasSize(1);
    }

    private void withdrawConsent(String caseId) {
        api.publish(EventCatalog.CONSENT_WITHDRAWN, caseId, withdrawal(caseId));
    }

    private static ObjectNode withdrawal(String caseId) {
        return ReferralApi.example(EventCatalog.CONSENT_WITHDRAWN).put("caseId", caseId)
                .put("consentId", ReferralApi.consentOf(caseId)).put("withdrawnAt", Instant.now().toString());
    }
}
