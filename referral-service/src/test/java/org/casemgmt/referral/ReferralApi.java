package org.casemgmt.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.casemgmt.events.EventCatalog;
import org.casemgmt.platform.testing.StageApi;
import org.casemgmt.platform.testing.TopicProbe;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import tools.jackson.databind.node.ObjectNode;

/**
 * Referral's API as the case's agency, a provider and an agency admin drive it, and the events of intake and planning
 * it learns cases from, for the integration tests. Each test builds its own little world: a provider agency of its
 * own, with services of a service type no other test uses, so the seeded sample directory and other tests' services
 * never enter its matches.
 */
public final class ReferralApi extends StageApi {

    /** The agency of the case.opened example, so the cases the tests open are the test staff's own. */
    public static final String AGENCY = "agency-riverside-family-services";
    public static final String WORKER = "staff-0142";
    public static final String SUPERVISOR = "staff-0007";
    /** A program whose urgent referrals must be answered within seconds (src/test/resources). */
    public static final String QUICK_PROGRAM = "program-quick-response";

    public ReferralApi(MockMvcTester mvc, TopicProbe topics) {
        super(mvc, topics);
    }

    public static String worker() {
        return bearer(WORKER, AGENCY, "CASE_WORKER");
    }

    public static String supervisor() {
        return bearer(SUPERVISOR, AGENCY, "SUPERVISOR", "CASE_WORKER");
    }

    public static String provider(String agency) {
        return bearer("provider-of-" + agency, agency, "PROVIDER");
    }

    /**
     * Imports, as the provider agency's admin, one organization of {@code agency} with the services given as
     * {@code id, name, serviceType, available} (available null: no capacity reported).
     */
    public void provider(String agency, Service... services) {
        StringBuilder json = new StringBuilder();
        for (Service service : services) {
            if (!json.isEmpty()) {
                json.append(',');
            }
            json.append("""
                    {"id": "%s", "name": "%s", "status": "active", "minimum_age": %s,
                     "attributes": [{"taxonomy_term": {"code": "%s", "name": "Test type",
                                     "taxonomy": "casemgmt-service-types"}}]%s}"""
                    .formatted(service.id(), service.name(), service.minimumAge(), service.serviceType(),
                            service.available() == null ? "" : """
                                    , "capacity": {"unit": "Bed", "available": %d, "maximum": %d,
                                                   "status": "capacity"}""".formatted(service.available(),
                                    Math.max(10, service.available()))));
        }
        MvcTestResult imported = post("/api/referral/directory/import", bearer("admin-of-" + agency, agency,
                "AGENCY_ADMIN"), """
                {"organizations": [{"id": "org-%s", "name": "Organization %s", "agency_id": "%s",
                                    "services": [%s]}]}""".formatted(agency, agency, agency, json));
        assertThat(imported.getResponse().getStatus()).as(body(imported)).isEqualTo(200);
    }

    public record Service(String id, String name, String serviceType, Integer available, Integer minimumAge) {
        public static Service of(String serviceType, Integer available) {
            String id = "service-" + UUID.randomUUID();
            return new Service(id, "Service " + id.substring(8, 16), serviceType, available, null);
        }
    }

    /** A new service type only this test's services and goals have. */
    public static String newServiceType() {
        return "TEST_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase();
    }

    /**
     * Opens a case of {@link #AGENCY} whose consent covers {@code consentedAgencies} until {@code consentExpires},
     * with one goal of the approved plan needing {@code serviceType}; waits until referral knows both. Each case has
     * a client of its own, so erasing one in a test leaves the others readable. Answers the case id; the goal id is
     * {@link #goalOf}.
     */
    public String caseWithGoal(String serviceType, String priority, String programId, Instant consentExpires,
                               String... consentedAgencies) {
        String caseId = UUID.randomUUID().toString();
        ObjectNode opened = example(EventCatalog.CASE_OPENED).put("caseId", caseId).put("priority", priority)
                .put("programId", programId).put("clientId", "client-of-" + caseId);
        ObjectNode scope = (ObjectNode) opened.get("consentScope");
        scope.put("consentId", "consent-" + caseId).put("expiresAt", consentExpires.toString());
        var agencies = scope.putArray("sharedWithAgencyIds");
        List.of(consentedAgencies).forEach(agencies::add);
        publish(EventCatalog.CASE_OPENED, caseId, opened);
        ObjectNode goal = example(EventCatalog.GOAL_SET).put("caseId", caseId).put("goalId", goalOf(caseId));
        goal.putArray("serviceTypes").add(serviceType);
        publish(EventCatalog.GOAL_SET, caseId, goal);
        await().until(() -> {
            MvcTestResult matches = get("/api/referral/cases/" + caseId + "/matches", worker());
            return matches.getResponse().getStatus() == 200 && read(matches, "$.length()").equals("1");
        });
        return caseId;
    }

    public static String goalOf(String caseId) {
        return "goal-of-" + caseId;
    }

    public static String consentOf(String caseId) {
        return "consent-" + caseId;
    }

    public MvcTestResult refer(String caseId, String serviceId, String note) {
        return post("/api/referral/referrals", worker(), """
                {"caseId": "%s", "goalId": "%s", "serviceId": "%s", "note": "%s"}"""
                .formatted(caseId, goalOf(caseId), serviceId, note));
    }

    public long version(String referralId) {
        return Long.parseLong(read(get("/api/referral/referrals/" + referralId, worker()), "$.version"));
    }
}
