package org.casemgmt.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.casemgmt.referral.ReferralApi.read;
import static org.casemgmt.referral.ReferralApi.worker;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.bson.Document;
import org.casemgmt.events.EventCatalog;
import org.casemgmt.platform.testing.DocumentUploads;
import org.casemgmt.referral.ReferralApi.Service;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import tools.jackson.databind.node.ObjectNode;

/**
 * What people write about the client on a referral never reaches MongoDB in plain text, and erasing the client
 * (client.erased, as planning honours it, or case.retention-expired at the end of the client's retention) makes it,
 * and the case's documents, unreadable for good while the referral's codes and dates stay.
 */
class ClientErasureIT extends ReferralIntegrationTestBase {

    private static final String NOTE = "Maria sleeps in her car behind the Elm Street laundrette";
    private static final String DECLINE_NOTE = "Maria was barred in 2024 after a fight";

    @Autowired
    MongoTemplate mongo;

    @Test
    void theNotesAreStoredEncryptedAndAfterTheErasureReadAsNullWhileTheFactsStay() {
        String providerAgency = "erasure-shelter-" + UUID.randomUUID().toString().substring(0, 8);
        String serviceType = ReferralApi.newServiceType();
        Service service = Service.of(serviceType, 2);
        api.provider(providerAgency, service);
        String caseId = api.caseWithGoal(serviceType, "HIGH", "program-1", Instant.parse("2027-12-31T00:00:00Z"),
                providerAgency);
        String referralId = read(api.refer(caseId, service.id(), NOTE), "$.id");
        api.post("/api/referral/referrals/" + referralId + "/decline", ReferralApi.provider(providerAgency),
                "{\"version\": %d, \"reason\": \"other\", \"note\": \"%s\"}".formatted(api.version(referralId),
                        DECLINE_NOTE));

        assertThat(read(api.get("/api/referral/referrals/" + referralId, worker()), "$.note")).isEqualTo(NOTE);
        assertThat(raw(referralId).toJson()).doesNotContain(NOTE, DECLINE_NOTE);

        String documentId = DocumentUploads.attach(mvc, "/api/referral/cases/" + caseId + "/documents", worker());
        String clientId = read(api.get("/api/referral/referrals/" + referralId, worker()), "$.clientId");
        ObjectNode erased = ReferralApi.example(EventCatalog.CLIENT_ERASED).put("clientId", clientId);
        erased.putArray("caseIds").add(caseId);
        api.publish(EventCatalog.CLIENT_ERASED, clientId, erased);

        await().until(() -> "true".equals(read(api.get("/api/referral/referrals/" + referralId, worker()),
                "$.clientErased")));
        String afterErasure = ReferralApi.body(api.get("/api/referral/referrals/" + referralId, worker()));
        assertThat(afterErasure).doesNotContain(NOTE, DECLINE_NOTE).contains("\"status\":\"rejected\"",
                "\"statusReason\":\"other\"", service.id());
        assertThat(read(api.get("/api/referral/referrals/" + referralId, worker()), "$.note")).isNull();
        String document = "/api/referral/cases/" + caseId + "/documents/" + documentId;
        assertThat(api.get(document + "/content", worker()).getResponse().getStatus()).as("the file").isEqualTo(410);
        assertThat(read(api.get(document, worker()), "$.clientErased")).isEqualTo("true");
        assertThat(read(api.get(document, worker()), "$.title")).isNull();
        assertThat(raw(referralId).getList("history", Document.class)).extracting(step -> step.getString("to"))
                .isEqualTo(List.of("REQUESTED", "REJECTED"));
    }

    @Test
    void theEndOfTheClientsRetentionErasesThemAsTheirRequestWould() {
        String providerAgency = "retention-shelter-" + UUID.randomUUID().toString().substring(0, 8);
        String serviceType = ReferralApi.newServiceType();
        Service service = Service.of(serviceType, 2);
        api.provider(providerAgency, service);
        String caseId = api.caseWithGoal(serviceType, "HIGH", "program-1", Instant.parse("2027-12-31T00:00:00Z"),
                providerAgency);
        String referralId = read(api.refer(caseId, service.id(), NOTE), "$.id");
        String documentId = DocumentUploads.attach(mvc, "/api/referral/cases/" + caseId + "/documents", worker());
        String clientId = read(api.get("/api/referral/referrals/" + referralId, worker()), "$.clientId");

        ObjectNode expired = ReferralApi.example(EventCatalog.CASE_RETENTION_EXPIRED).put("clientId", clientId)
                .put("caseId", caseId);
        expired.putArray("caseIds").add(caseId);
        api.publish(EventCatalog.CASE_RETENTION_EXPIRED, clientId, expired);

        await().until(() -> "true".equals(read(api.get("/api/referral/referrals/" + referralId, worker()),
                "$.clientErased")));
        assertThat(read(api.get("/api/referral/referrals/" + referralId, worker()), "$.note")).isNull();
        assertThat(read(api.get("/api/referral/referrals/" + referralId, worker()), "$.serviceId"))
                .isEqualTo(service.id());
        assertThat(raw(referralId).toJson()).doesNotContain(NOTE);
        String document = "/api/referral/cases/" + caseId + "/documents/" + documentId;
        assertThat(api.get(document + "/content", worker()).getResponse().getStatus()).as("the file").isEqualTo(410);
    }

    private Document raw(String referralId) {
        return mongo.findOne(new Query(Criteria.where("_id").is(referralId)), Document.class, "referrals");
    }
}
