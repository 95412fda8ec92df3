package org.casemgmt.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.casemgmt.referral.ReferralApi.body;
import static org.casemgmt.referral.ReferralApi.provider;
import static org.casemgmt.referral.ReferralApi.read;
import static org.casemgmt.referral.ReferralApi.worker;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.casemgmt.events.EventCatalog;
import org.casemgmt.platform.testing.TopicProbe.Received;
import org.casemgmt.referral.ReferralApi.Service;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import com.jayway.jsonpath.JsonPath;

/** From an approved plan's goal to a referral the provider accepted and closed with an outcome, on the embedded platform. */
class ClosedLoopReferralIT extends ReferralIntegrationTestBase {

    private static final Instant NEXT_YEAR = Instant.parse("2027-12-31T00:00:00Z");

    private String providerAgency;
    private String serviceType;
    private Service roomy;
    private Service full;

    @BeforeEach
    void aProviderWithTwoServices() {
        providerAgency = "shelter-" + UUID.randomUUID().toString().substring(0, 8);
        serviceType = ReferralApi.newServiceType();
        roomy = Service.of(serviceType, 3);
        full = Service.of(serviceType, 0);
        api.provider(providerAgency, full, roomy);
    }

    @Test
    void theGoalsMatchesAreTheProvidersServicesRankedWithLiveCapacityAndReasons() {
        String caseId = api.caseWithGoal(serviceType, "HIGH", "program-1", NEXT_YEAR, providerAgency);

        MvcTestResult matches = api.get("/api/referral/cases/" + caseId + "/matches?age=34&language=en",
                worker());

        assertThat(matches.getResponse().getStatus()).isEqualTo(200);
        assertThat(read(matches, "$[0].goalId")).isEqualTo(ReferralApi.goalOf(caseId));
        assertThat(JsonPath.<List<String>>read(body(matches), "$[0].matches[*].serviceId"))
                .containsExactly(roomy.id(), full.id());
        assertThat(read(matches, "$[0].matches[0].canTakeReferral")).isEqualTo("true");
        assertThat(read(matches, "$[0].matches[0].capacity.offerable")).isEqualTo("3");
        assertThat(read(matches, "$[0].matches[1].canTakeReferral")).isEqualTo("false");
        assertThat(JsonPath.<List<String>>read(body(matches), "$[0].matches[1].reasons[*]"))
                .anyMatch(reason -> reason.startsWith("no capacity"));
    }

    @Test
    void aReferralIsRequestedAcceptedStartedAndCompletedAndEveryStepIsAnEvent() {
        String caseId = api.caseWithGoal(serviceType, "HIGH", "program-1", NEXT_YEAR, providerAgency);

        MvcTestResult requested = api.refer(caseId, roomy.id(), "Call her mobile after 5pm");

        assertThat(requested.getResponse().getStatus()).as(body(requested)).isEqualTo(201);
        String referralId = read(requested, "$.id");
        assertThat(requested.getResponse().getHeader("Location")).endsWith("/api/referral/referrals/" + referralId);
        assertThat(read(requested, "$.status")).isEqualTo("requested");
        assertThat(read(requested, "$.consentId")).isEqualTo(ReferralApi.consentOf(caseId));
        Received announced = topics.awaitPublished(EventCatalog.REFERRAL_REQUESTED, caseId, 1).getFirst();
        assertThat(announced.body()).contains(referralId, roomy.id(), providerAgency)
                .doesNotContain("Call her mobile");
        awaitCapacity(roomy.id(), "\"held\":1", "\"offerable\":2");

        MvcTestResult incoming = api.get("/api/referral/referrals", provider(providerAgency));
        assertThat(JsonPath.<List<String>>read(body(incoming), "$.content[*].id")).contains(referralId);
        MvcTestResult seen = api.get("/api/referral/referrals/" + referralId, provider(providerAgency));
        assertThat(read(seen, "$.note")).isEqualTo("Call her mobile after 5pm");
        assertThat(read(seen, "$.clientId")).isNull();

        MvcTestResult accepted = api.post("/api/referral/referrals/" + referralId + "/accept",
                provider(providerAgency), "{\"version\": %s}".formatted(read(seen, "$.version")));
        assertThat(accepted.getResponse().getStatus()).as(body(accepted)).isEqualTo(200);
        assertThat(topics.awaitPublished(EventCatalog.REFERRAL_ACCEPTED, caseId, 1).getFirst().body())
                .contains("\"status\":\"accepted\"", "\"previousStatus\":\"requested\"");
        assertThat(topics.awaitPublished(EventCatalog.CARE_TEAM_CHANGED, caseId, 1).getFirst().body())
                .contains("provider-of-" + providerAgency, "\"status\":\"active\"", referralId);
        awaitCapacity(roomy.id(), "\"available\":2", "\"held\":0");

        MvcTestResult started = api.post("/api/referral/referrals/" + referralId + "/start",
                provider(providerAgency), "{\"version\": %s}".formatted(read(accepted, "$.version")));
        MvcTestResult completed = api.post("/api/referral/referrals/" + referralId + "/complete",
                provider(providerAgency), """
                        {"version": %s, "outcome": "got-help", "note": "Moved into a shared house"}"""
                        .formatted(read(started, "$.version")));

        assertThat(completed.getResponse().getStatus()).as(body(completed)).isEqualTo(200);
        assertThat(read(completed, "$.status")).isEqualTo("completed");
        assertThat(read(completed, "$.outcome")).isEqualTo("got-help");
        topics.awaitPublished(EventCatalog.REFERRAL_STARTED, caseId, 1);
        assertThat(topics.awaitPublished(EventCatalog.REFERRAL_COMPLETED, caseId, 1).getFirst().body())
                .contains("\"outcome\":\"got-help\"").doesNotContain("shared house");
        MvcTestResult team = api.get("/api/referral/cases/" + caseId + "/care-team", worker());
        assertThat(read(team, "$.members[0].status")).isEqualTo("inactive");
        MvcTestResult asTheCaseWorkerSeesIt = api.get("/api/referral/referrals/" + referralId, worker());
        assertThat(JsonPath.<List<String>>read(body(asTheCaseWorkerSeesIt), "$.history[*].to"))
                .containsExactly("requested", "accepted", "in-progress", "completed");
    }

    @Test
    void aStepTheLifecycleDoesNotAllowIsRefusedNamingTheStatus() {
        String caseId = api.caseWithGoal(serviceType, "HIGH", "program-1", NEXT_YEAR, providerAgency);
        String referralId = read(api.refer(caseId, roomy.id(), "note"), "$.id");

        MvcTestResult completedTooEarly = api.post("/api/referral/referrals/" + referralId + "/complete",
                provider(providerAgency), "{\"version\": %d, \"outcome\": \"got-help\"}"
                        .formatted(api.version(referralId)));

        assertThat(completedTooEarly.getResponse().getStatus()).isEqualTo(409);
        assertThat(read(completedTooEarly, "$.detail")).contains("requested", "completed");
    }

    @Test
    void aDeclineReleasesTheHeldUnitAndTheReferralIsReroutedToTheNextServiceWithRoom() {
        Service another = Service.of(serviceType, 1);
        api.provider(providerAgency, full, roomy, another);
        String caseId = api.caseWithGoal(serviceType, "HIGH", "program-1", NEXT_YEAR, providerAgency);
        String referralId = read(api.refer(caseId, roomy.id(), "note"), "$.id");

        MvcTestResult declined = api.post("/api/referral/referrals/" + referralId + "/decline",
                provider(providerAgency), """
                        {"version": %d, "reason": "not-eligible", "note": "Over our age limit"}"""
                        .formatted(api.version(referralId)));

        assertThat(read(declined, "$.status")).isEqualTo("rejected");
        assertThat(read(declined, "$.statusReason")).isEqualTo("not-eligible");
        awaitCapacity(roomy.id(), "\"held\":0", "\"offerable\":3");

        MvcTestResult rerouted = api.post("/api/referral/referrals/" + referralId + "/reroute", worker(),
                "{\"version\": %d}".formatted(api.version(referralId)));

        assertThat(rerouted.getResponse().getStatus()).as(body(rerouted)).isEqualTo(201);
        assertThat(read(rerouted, "$.serviceId")).isEqualTo(another.id());
        assertThat(read(rerouted, "$.replacesReferralId")).isEqualTo(referralId);
        assertThat(topics.awaitPublished(EventCatalog.REFERRAL_REQUESTED, caseId, 2).getLast().body())
                .contains("\"replacesReferralId\":\"" + referralId + "\"");
    }

    @Test
    void anAchievedGoalGetsNoMoreMatchesNorReferrals() {
        String caseId = api.caseWithGoal(serviceType, "HIGH", "program-1", NEXT_YEAR, providerAgency);

        api.publish(EventCatalog.GOAL_ACHIEVED, caseId, ReferralApi.example(EventCatalog.GOAL_ACHIEVED)
                .put("caseId", caseId).put("goalId", ReferralApi.goalOf(caseId)));

        await().until(() -> read(api.get("/api/referral/cases/" + caseId + "/matches", worker()), "$.length()")
                .equals("0"));
        MvcTestResult refused = api.refer(caseId, roomy.id(), "note");
        assertThat(refused.getResponse().getStatus()).isEqualTo(409);
        assertThat(read(refused, "$.type")).endsWith("goal-achieved");
    }

    @Test
    void aServiceWithNoRoomLeftRefusesTheReferral() {
        String caseId = api.caseWithGoal(serviceType, "HIGH", "program-1", NEXT_YEAR, providerAgency);

        MvcTestResult refused = api.refer(caseId, full.id(), "note");

        assertThat(refused.getResponse().getStatus()).isEqualTo(409);
        assertThat(read(refused, "$.type")).endsWith("no-capacity");
    }

    @Test
    void anotherProviderAgencyNeitherSeesNorAnswersTheReferral() {
        String caseId = api.caseWithGoal(serviceType, "HIGH", "program-1", NEXT_YEAR, providerAgency);
        String referralId = read(api.refer(caseId, roomy.id(), "note"), "$.id");

        assertThat(api.get("/api/referral/referrals/" + referralId, provider("some-other-shelter"))
                .getResponse().getStatus()).isEqualTo(404);
        assertThat(api.post("/api/referral/referrals/" + referralId + "/accept", provider("some-other-shelter"),
                "{\"version\": %d}".formatted(api.version(referralId))).getResponse().getStatus()).isEqualTo(404);
        assertThat(JsonPath.<List<String>>read(body(api.get("/api/referral/referrals",
                provider("some-other-shelter"))), "$.content[*].id")).doesNotContain(referralId);
    }

    /** Waits until the latest capacity.changed of the service says all of {@code fragments}. */
    private void awaitCapacity(String serviceId, String... fragments) {
        await().untilAsserted(() -> assertThat(topics.awaitPublished(EventCatalog.CAPACITY_CHANGED, serviceId, 1)
                .getLast().body()).contains(fragments));
    }
}
