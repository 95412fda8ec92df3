package org.casemgmt.e2e;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import org.bson.Document;
import org.bson.types.Binary;
import org.casemgmt.e2e.GatewayClient.Reply;
import org.casemgmt.e2e.PartnerTopicReader.Event;
import org.casemgmt.events.EventCatalog;
import org.casemgmt.events.EventType;
import org.casemgmt.events.schema.EventSchemaValidator;
import org.casemgmt.launcher.Clamd;
import org.casemgmt.launcher.Platform;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

/**
 * The platform as a newcomer runs it (the launcher: the auth server, real KRaft broker, MongoDB wire server on disk,
 * the service jars, the gateway), driven only through the gateway with the demo users' tokens, read as a partner reads
 * Kafka and, for what must not be stored, as someone with a copy of the database would. Scaled out as a large network
 * runs it: two instances of every stage, sharing its consumer groups on topics of three partitions, behind the
 * gateway's load balancing ({@link SharedPlatform}, after the console's walk); near the end a test kills one instance of
 * each, and the last restarts the platform.
 */
@Order(2)
@ExtendWith(SharedPlatform.Extension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CaseThroughGatewayE2EIT {

    /**
     * How long a stage may take to show what another stage's event told it: moments, but an instance killed without
     * warning holds its partitions until its consumer session runs out (10 s) and the events it claimed in its outbox
     * until their lease does (30 s), before the other instance takes them over.
     */
    private static final Duration EVENTS_ARRIVE_WITHIN = Duration.ofSeconds(60);

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final EventSchemaValidator SCHEMAS = new EventSchemaValidator();
    /** The agency of every demo user the tests sign in as, but worker.bo's. */
    private static final String NORTH = "agency-north";
    /** A provider agency of the directory's sample seed, with a shelter for the housing goals. */
    private static final String SHELTER_NORTH = "shelter-north";
    private static final String SHELTER_BEDS = "shelter-north-transitional-housing";
    private static final AtomicInteger BIRTH_DATES = new AtomicInteger();

    private SharedPlatform shared;
    private Platform platform;
    private GatewayClient gateway;

    @BeforeAll
    void connect(SharedPlatform shared) {
        this.shared = shared;
        connect(shared.platform());
        shelterReportsFreeBeds();
    }

    @Test
    void anEligibleConsentedIntakeOpensACaseThatPartnersReadOnKafka() throws Exception {
        try (PartnerTopicReader caseOpened = new PartnerTopicReader(platform, "case.opened")) {
            String clientId = registerClient("Maria", familyName("Okafor")).text("id");
            String caseId = openCase(clientId);

            Event event = caseOpened.awaitEvent(e -> caseId.equals(e.key()));
            assertThat(event.headers()).containsEntry("ce_type", "org.casemgmt.case.opened.v1")
                    .containsEntry("ce_subject", caseId)
                    .containsEntry("ce_specversion", "1.0")
                    .containsEntry("ce_source", "/casemgmt/intake-service")
                    .containsEntry("ce_dataschema", EventCatalog.CASE_OPENED.dataschema())
                    .containsKeys("ce_id", "ce_time", "traceparent", "correlation-id");
            assertThat(SCHEMAS.validate(EventCatalog.CASE_OPENED, event.body())).isEmpty();
            JsonNode body = JSON.readTree(event.body());
            assertThat(body.path("clientId").asString()).isEqualTo(clientId);
            assertThat(body.path("agencyId").asString()).as("worker.alex's agency, from the token")
                    .isEqualTo(NORTH);
            assertThat(body.path("programId").asString()).isEqualTo("housing-first");
            assertThat(body.path("priority").asString()).isEqualTo("HIGH");
            assertThat(body.path("consentScope").path("sharedWithAgencyIds").values())
                    .extracting(JsonNode::asString).containsExactly("agency-shelter-north");

            Reply openedCase = gateway.get("/api/intake/intakes/" + caseId);
            assertThat(openedCase.text("status")).isEqualTo("OPENED");
        }
    }

    @Test
    void aCaseOpenedAtIntakeGetsAPlanWhoseGoalIsAchievedOnceByProgressRecordedInMonitoring() throws Exception {
        try (PartnerTopicReader goalAchieved = new PartnerTopicReader(platform, "goal.achieved");
             PartnerTopicReader progressRecorded = new PartnerTopicReader(platform, "progress.recorded")) {
            String caseId = openCase(registerClient("Noor", familyName("Planned")).text("id"));

            Reply draft = awaitPlan(caseId);
            assertThat(draft.text("status")).isEqualTo("DRAFT");
            assertThat(draft.body().path("goals").values()).extracting(goal -> goal.path("needDomain").asString())
                    .containsExactly("HOUSING", "INCOME");
            String plan = "/api/planning/plans/" + draft.text("id");
            JsonNode housing = goal(draft, "HOUSING");
            assertThat(housing.path("serviceTypes").values()).isNotEmpty();

            Reply submitted = gateway.post(plan + "/submission", Map.of("version", draft.number("version")));
            assertThat(submitted.text("status")).as("submission: %s", submitted).isEqualTo("SUBMITTED");
            // Four eyes: the case worker who submitted it may not approve it; a supervisor, signed in as one, may.
            Reply byCaseWorker = gateway.post(plan + "/approval", Map.of("version", submitted.number("version")));
            assertThat(byCaseWorker.status()).as("approval by the submitter: %s", byCaseWorker).isEqualTo(403);
            assertThat(byCaseWorker.text("type")).isEqualTo("urn:casemgmt:problem:approval-not-permitted");
            Reply approved = gateway.as(GatewayClient.SUPERVISOR).post(plan + "/approval",
                    Map.of("version", submitted.number("version")));
            assertThat(approved.status()).as("approval: %s", approved).isEqualTo(200);
            assertThat(approved.text("status")).isEqualTo("APPROVED");
            assertThat(approved.text("approvedBy")).isEqualTo(GatewayClient.SUPERVISOR);

            String goalId = housing.path("id").asString();
            meetEveryObjective(caseId, housing);
            String progress = "/api/monitoring/cases/" + caseId + "/progress";

            Event achieved = goalAchieved.awaitEvent(e -> caseId.equals(e.key()));
            assertThat(SCHEMAS.validate(EventCatalog.GOAL_ACHIEVED, achieved.body())).isEmpty();
            assertThat(JSON.readTree(achieved.body()).path("goalId").asString()).isEqualTo(goalId);
            Event measurement = progressRecorded.awaitEvent(e -> caseId.equals(e.key()));
            assertThat(measurement.headers()).containsEntry("ce_source", "/casemgmt/monitoring-service");
            assertThat(SCHEMAS.validate(EventCatalog.PROGRESS_RECORDED, measurement.body())).isEmpty();

            // Monitoring learns of the achievement from planning, and takes no more measurements for the goal.
            await().atMost(EVENTS_ARRIVE_WITHIN).until(() -> gateway.get("/api/monitoring/cases/" + caseId
                    + "/goals").body().values().stream().anyMatch(goal -> goalId.equals(goal.path("goalId").asString())
                    && "ACHIEVED".equals(goal.path("state").asString())));
            JsonNode first = housing.path("objectives").get(0);
            Reply more = gateway.post(progress, Map.of("goalId", goalId, "objectiveId", first.path("id").asString(),
                    "value", meetingTarget(first)));
            assertThat(more.status()).as("a measurement for the achieved goal: %s", more).isEqualTo(409);
            assertThat(more.text("type")).endsWith(":goal-achieved");
            // A later measurement of the case is evaluated after the earlier ones (same key, same partition), so
            // once planning shows it, every measurement of the housing goal has been evaluated too.
            JsonNode income = goal(draft, "INCOME");
            Reply incomeMeasured = gateway.post(progress, Map.of("goalId", income.path("id").asString(),
                    "objectiveId", income.path("objectives").get(0).path("id").asString(), "value", 1));
            assertThat(incomeMeasured.status()).as("income measurement: %s", incomeMeasured).isEqualTo(201);
            await().atMost(EVENTS_ARRIVE_WITHIN).until(() -> goal(gateway.get(plan), "INCOME")
                    .path("objectives").get(0).path("latestValue").isNumber());
            assertThat(goal(gateway.get(plan), "HOUSING").path("status").asString()).isEqualTo("ACHIEVED");
            assertThat(goalAchieved.everythingMatching(e -> caseId.equals(e.key()))).hasSize(1);
        }
    }

    @Test
    void aReviewThatAsksForAnAdjustmentPutsThePlanIntoRevision() throws Exception {
        try (PartnerTopicReader reviewCompleted = new PartnerTopicReader(platform, "review.completed");
             PartnerTopicReader planRevised = new PartnerTopicReader(platform, "plan.revised")) {
            String caseId = openCase(registerClient("Amal", familyName("Reviewed")).text("id"));
            Reply approved = approvedPlan(caseId);
            String reviews = "/api/monitoring/cases/" + caseId + "/reviews";
            // The first review is scheduled once monitoring has heard of the plan's approval.
            Reply scheduled = await().atMost(EVENTS_ARRIVE_WITHIN).until(() -> gateway.get(reviews),
                    reply -> reply.status() == 200 && reply.body().path("next").isObject());
            String reviewId = scheduled.body().path("next").path("reviewId").asString();

            Reply completed = gateway.post(reviews + "/" + reviewId + "/completion", Map.of(
                    "version", scheduled.number("version"), "outcome", "REVISE_PLAN",
                    "notes", "Sleeping badly; counselling agreed",
                    "adjustments", List.of(Map.of("kind", "ADD_GOAL", "needDomain", "HEALTH",
                            "description", "Weekly counselling sessions"))));
            assertThat(completed.status()).as("completion: %s", completed).isEqualTo(200);
            assertThat(completed.body().path("completed").path(0).path("outcome").asString()).isEqualTo("REVISE_PLAN");
            assertThat(completed.body().path("next").path("reviewId").asString()).isNotEqualTo(reviewId);

            Event review = reviewCompleted.awaitEvent(e -> caseId.equals(e.key()));
            assertThat(review.headers()).containsEntry("ce_source", "/casemgmt/monitoring-service");
            assertThat(SCHEMAS.validate(EventCatalog.REVIEW_COMPLETED, review.body())).isEmpty();
            JsonNode reviewBody = JSON.readTree(review.body());
            assertThat(reviewBody.path("outcome").asString()).isEqualTo("REVISE_PLAN");
            assertThat(reviewBody.path("requestedAdjustments").values()).extracting(a -> a.path("kind").asString())
                    .containsExactly("ADD_GOAL");
            assertThat(review.body()).as("what the reviewer wrote stays in monitoring's API")
                    .doesNotContain("counselling");

            Event revised = planRevised.awaitEvent(e -> caseId.equals(e.key()));
            assertThat(SCHEMAS.validate(EventCatalog.PLAN_REVISED, revised.body())).isEmpty();
            JsonNode revisedBody = JSON.readTree(revised.body());
            assertThat(List.of(revisedBody.path("reviewId").asString(), revisedBody.path("planVersion").asLong()))
                    .containsExactly(reviewId, approved.number("planVersion") + 1);
            Reply plan = gateway.get("/api/planning/cases/" + caseId + "/plan");
            assertThat(List.of(plan.text("status"), plan.number("planVersion"), plan.text("reviewId")))
                    .as("plan: %s", plan).containsExactly("DRAFT", approved.number("planVersion") + 1, reviewId);
            assertThat(plan.body().path("requestedChanges").values()).extracting(c -> c.path("needDomain").asString())
                    .containsExactly("HEALTH");
        }
    }

    @Test
    void theCaseTimelineHoldsEveryStageInTheOrderThingsHappened() {
        String caseId = openCase(registerClient("Iris", familyName("Followed")).text("id"),
                List.of(NORTH, SHELTER_NORTH));
        JsonNode housing = goal(approvedPlan(caseId), "HOUSING");
        String goalId = housing.path("id").asString();
        awaitMatch(caseId, goalId, SHELTER_BEDS);
        Reply referral = gateway.post("/api/referral/referrals", Map.of("caseId", caseId, "goalId", goalId,
                "serviceId", SHELTER_BEDS));
        assertThat(referral.status()).as("referral: %s", referral).isEqualTo(201);
        awaitMonitoredGoal(caseId, goalId);
        JsonNode objective = housing.path("objectives").get(0);
        Reply measured = gateway.post("/api/monitoring/cases/" + caseId + "/progress", Map.of("goalId", goalId,
                "objectiveId", objective.path("id").asString(), "value", meetingTarget(objective)));
        assertThat(measured.status()).as("measurement: %s", measured).isEqualTo(201);

        String timeline = "/api/monitoring/cases/" + caseId + "/timeline?size=100";
        List<JsonNode> entries = await().atMost(EVENTS_ARRIVE_WITHIN).until(
                () -> List.copyOf(gateway.get(timeline).body().path("content").values()),
                found -> topics(found).containsAll(List.of("referral.requested", "progress.recorded")));

        assertThat(entries).extracting(entry -> Instant.parse(entry.path("occurredAt").asString())).isSorted();
        List<String> topics = topics(entries);
        assertThat(topics).containsSubsequence("consent.granted", "case.opened", "plan.drafted", "plan.approved",
                "referral.requested", "progress.recorded");
        assertThat(entries).extracting(entry -> entry.path("stage").asString())
                .contains("intake", "planning", "referral", "monitoring")
                .startsWith("intake");
        assertThat(entries).allSatisfy(entry -> assertThat(entry.path("caseId").asString()).isEqualTo(caseId));

        // The client's consent covers Shelter North, whose staff read the same timeline; another agency does not.
        Reply asProvider = gateway.as(GatewayClient.PROVIDER).get(timeline);
        assertThat(asProvider.status()).as("the provider's view: %s", asProvider).isEqualTo(200);
        assertThat(asProvider.body().path("content").values()).hasSizeGreaterThanOrEqualTo(entries.size());
        assertThat(gateway.as(GatewayClient.OTHER_AGENCY_WORKER).get(timeline).status()).isEqualTo(404);
    }

    @Test
    void aPlannedCaseIsReferredToAProviderWhoAcceptsAndClosesTheLoopAsPartnersRead() throws Exception {
        try (PartnerTopicReader requested = new PartnerTopicReader(platform, "referral.requested");
             PartnerTopicReader accepted = new PartnerTopicReader(platform, "referral.accepted");
             PartnerTopicReader completed = new PartnerTopicReader(platform, "referral.completed");
             PartnerTopicReader capacity = new PartnerTopicReader(platform, "capacity.changed");
             PartnerTopicReader careTeam = new PartnerTopicReader(platform, "care-team.changed")) {
            String caseId = openCase(registerClient("Maya", familyName("Referred")).text("id"),
                    List.of(NORTH, SHELTER_NORTH));
            String goalId = goal(approvedPlan(caseId), "HOUSING").path("id").asString();

            JsonNode shelter = awaitMatch(caseId, goalId, SHELTER_BEDS);
            assertThat(shelter.path("canTakeReferral").asBoolean()).as("match: %s", shelter).isTrue();
            long bedsFree = shelter.path("capacity").path("available").asLong();
            long bedsHeld = shelter.path("capacity").path("held").asLong();

            Reply referral = gateway.post("/api/referral/referrals", Map.of("caseId", caseId, "goalId", goalId,
                    "serviceId", SHELTER_BEDS, "note", "Prefers calls in the afternoon"));
            assertThat(referral.status()).as("referral: %s", referral).isEqualTo(201);
            assertThat(referral.text("status")).isEqualTo("requested");
            assertThat(referral.text("receivingAgencyId")).isEqualTo(SHELTER_NORTH);
            String referralId = referral.text("id");
            String path = "/api/referral/referrals/" + referralId;

            // The provider's staff find it among their agency's incoming referrals, without the client's id.
            GatewayClient provider = gateway.as(GatewayClient.PROVIDER);
            JsonNode incoming = provider.get("/api/referral/referrals?status=requested").body().path("content")
                    .values().stream().filter(listed -> referralId.equals(listed.path("id").asString()))
                    .findFirst().orElseThrow();
            assertThat(incoming.path("clientId").isNull()).isTrue();
            assertThat(incoming.path("note").asString()).isEqualTo("Prefers calls in the afternoon");

            Reply acceptance = provider.post(path + "/accept", Map.of("version", incoming.path("version").asLong()));
            assertThat(acceptance.status()).as("acceptance: %s", acceptance).isEqualTo(200);
            assertThat(acceptance.text("status")).isEqualTo("accepted");
            assertThat(gateway.get("/api/referral/cases/" + caseId + "/care-team").body().path("members").values())
                    .extracting(member -> member.path("person").asString(), member -> member.path("agencyId").asString(),
                            member -> member.path("status").asString(), member -> member.path("referralId").asString())
                    .containsExactly(tuple(GatewayClient.PROVIDER, SHELTER_NORTH, "active", referralId));

            Reply start = provider.post(path + "/start", Map.of("version", acceptance.number("version")));
            assertThat(start.text("status")).as("start: %s", start).isEqualTo("in-progress");
            Reply completion = provider.post(path + "/complete", Map.of("version", start.number("version"),
                    "outcome", "got-help"));
            assertThat(completion.status()).as("completion: %s", completion).isEqualTo(200);
            Reply closedLoop = gateway.get(path);
            assertThat(List.of(closedLoop.text("status"), closedLoop.text("outcome")))
                    .containsExactly("completed", "got-help");

            Event request = requested.awaitEvent(e -> caseId.equals(e.key()));
            assertThat(request.headers()).containsEntry("ce_type", EventCatalog.REFERRAL_REQUESTED.type())
                    .containsEntry("ce_source", "/casemgmt/referral-service").containsEntry("ce_subject", caseId);
            assertThat(SCHEMAS.validate(EventCatalog.REFERRAL_REQUESTED, request.body())).isEmpty();
            JsonNode requestBody = JSON.readTree(request.body());
            assertThat(List.of(requestBody.path("referralId").asString(), requestBody.path("goalId").asString(),
                    requestBody.path("serviceId").asString(), requestBody.path("receivingAgencyId").asString(),
                    requestBody.path("requestingAgencyId").asString()))
                    .containsExactly(referralId, goalId, SHELTER_BEDS, SHELTER_NORTH, NORTH);
            assertThat(request.body()).as("what the case worker wrote stays in referral's API").doesNotContain("afternoon");

            JsonNode acceptedBody = caseEvent(accepted, EventCatalog.REFERRAL_ACCEPTED, caseId);
            assertThat(List.of(acceptedBody.path("previousStatus").asString(), acceptedBody.path("status").asString(),
                    acceptedBody.path("changedBy").asString()))
                    .containsExactly("requested", "accepted", GatewayClient.PROVIDER);
            JsonNode completedBody = caseEvent(completed, EventCatalog.REFERRAL_COMPLETED, caseId);
            assertThat(List.of(completedBody.path("status").asString(), completedBody.path("outcome").asString()))
                    .containsExactly("completed", "got-help");

            // The held bed became an occupied one when the provider accepted.
            Event occupied = capacity.awaitEvent(e -> SHELTER_BEDS.equals(e.key())
                    && JSON.readTree(e.body()).path("available").asLong() == bedsFree - 1
                    && JSON.readTree(e.body()).path("held").asLong() == bedsHeld);
            assertThat(SCHEMAS.validate(EventCatalog.CAPACITY_CHANGED, occupied.body())).isEmpty();
            // The provider joined the care team with the acceptance and left it with the outcome.
            careTeam.awaitEvent(e -> caseId.equals(e.key()) && "inactive".equals(JSON.readTree(e.body())
                    .path("members").path(0).path("status").asString()));
            assertThat(careTeam.everythingMatching(e -> caseId.equals(e.key())))
                    .allSatisfy(e -> assertThat(SCHEMAS.validate(EventCatalog.CARE_TEAM_CHANGED, e.body())).isEmpty())
                    .extracting(e -> JSON.readTree(e.body()).path("members").path(0).path("status").asString())
                    .containsExactly("active", "inactive");
        }
    }

    @Test
    void withdrawingTheConsentAtIntakeCancelsTheOpenReferralItCovered() throws Exception {
        try (PartnerTopicReader cancelled = new PartnerTopicReader(platform, "referral.cancelled")) {
            String caseId = openCase(registerClient("Sana", familyName("Withdrawn")).text("id"),
                    List.of(NORTH, SHELTER_NORTH));
            String goalId = goal(approvedPlan(caseId), "HOUSING").path("id").asString();
            awaitMatch(caseId, goalId, SHELTER_BEDS);
            Map<String, Object> request = Map.of("caseId", caseId, "goalId", goalId, "serviceId", SHELTER_BEDS,
                    "note", "Call her sister first");
            Reply referral = gateway.post("/api/referral/referrals", request);
            assertThat(referral.status()).as("referral: %s", referral).isEqualTo(201);
            String path = "/api/referral/referrals/" + referral.text("id");
            String consentId = gateway.get("/api/intake/intakes/" + caseId).body().path("consents").get(0)
                    .path("id").asString();

            Reply withdrawal = gateway.post("/api/intake/intakes/" + caseId + "/consents/" + consentId + "/withdrawal",
                    Map.of("reason", "No longer wants her data shared"));
            assertThat(withdrawal.status()).as("withdrawal: %s", withdrawal).isEqualTo(200);
            assertThat(withdrawal.body().path("withdrawn").asBoolean()).isTrue();

            Reply ended = await().atMost(EVENTS_ARRIVE_WITHIN)
                    .until(() -> gateway.get(path), reply -> "cancelled".equals(reply.text("status")));
            assertThat(ended.text("statusReason")).isEqualTo("consent-withdrawn");
            JsonNode event = caseEvent(cancelled, EventCatalog.REFERRAL_CANCELLED, caseId);
            assertThat(List.of(event.path("previousStatus").asString(), event.path("statusReason").asString(),
                    event.path("changedBy").asString()))
                    .containsExactly("requested", "consent-withdrawn", "referral-service");

            // The provider keeps the referral's record, no longer what the case worker wrote about the client.
            Reply providerView = gateway.as(GatewayClient.PROVIDER).get(path);
            assertThat(providerView.status()).as("provider's view: %s", providerView).isEqualTo(200);
            assertThat(providerView.body().path("note").isNull()).as("provider's view: %s", providerView).isTrue();
            Reply again = gateway.post("/api/referral/referrals", request);
            assertThat(again.status()).as("a new referral: %s", again).isEqualTo(409);
            assertThat(again.text("type")).endsWith(":consent-withdrawn");
        }
    }

    @Test
    void aCaseThatWentThroughEveryStageIsClosedByASupervisorFollowedUpAndReopened() throws Exception {
        try (PartnerTopicReader caseClosed = new PartnerTopicReader(platform, "case.closed");
             PartnerTopicReader caseReopened = new PartnerTopicReader(platform, "case.reopened")) {
            String caseId = openCase(registerClient("Rosa", familyName("Closed")).text("id"),
                    List.of(NORTH, SHELTER_NORTH));
            Reply approvedPlan = approvedPlan(caseId);
            JsonNode housing = goal(approvedPlan, "HOUSING");
            String housingGoalId = housing.path("id").asString();
            awaitMatch(caseId, housingGoalId, SHELTER_BEDS);
            String referralId = referralTheProviderCompletes(caseId, housingGoalId);
            meetEveryObjective(caseId, housing);
            meetEveryObjective(caseId, goal(approvedPlan, "INCOME"));
            administerPhq9(caseId, 1);

            // Closure follows the case from the other stages' events: the goals achieved and the referral completed
            // leave the PHQ-9's exit assessment and the transition plan to do.
            String closure = "/api/closure/cases/" + caseId;
            Reply readiness = awaitReadinessMissing(caseId,
                    "EXIT_ASSESSMENTS_DONE", "DESTINATION_RECORDED", "FOLLOW_UP_CONSENT_RECORDED");
            assertThat(criterion(readiness, "EXIT_ASSESSMENTS_DONE").path("pending").values())
                    .extracting(JsonNode::asString).containsExactly("PHQ-9");
            administerPhq9(caseId, 0);
            readiness = awaitReadinessMissing(caseId, "DESTINATION_RECORDED", "FOLLOW_UP_CONSENT_RECORDED");
            assertThat(readiness.body().path("ready").asBoolean()).isFalse();
            String planStatusWhileOpen = gateway.get("/api/planning/cases/" + caseId + "/plan").text("status");

            Reply planned = gateway.put(closure + "/transition-plan", Map.of(
                    "version", gateway.get(closure).number("version"), "destinationCode", 410,
                    "followUpContactAgreed", true, "supportContacts", "Her sister; the shelter's key worker",
                    "continuingSupport", "Tenancy support from Shelter North", "handedOverReferralIds", List.of()));
            assertThat(planned.status()).as("transition plan: %s", planned).isEqualTo(200);
            assertThat(planned.body().path("transitionPlan").path("destinationCategory").asString())
                    .isEqualTo("PERMANENT");
            Reply ready = gateway.get(closure + "/readiness");
            assertThat(ready.body().path("ready").asBoolean()).as("readiness: %s", ready).isTrue();

            Reply requested = gateway.post(closure + "/closure-requests", Map.of("version", planned.number("version"),
                    "reason", "GOALS_ACHIEVED", "outcome", "GOALS_ACHIEVED"));
            assertThat(requested.status()).as("closure request: %s", requested).isEqualTo(201);
            assertThat(requested.text("status")).isEqualTo("CLOSURE_REQUESTED");
            String request = requested.header("Location");
            assertThat(request).startsWith(closure + "/closure-requests/");
            // Four eyes: the case worker who asked may not approve it; a supervisor may.
            Reply byRequester = gateway.post(request + "/approval", Map.of("version", requested.number("version")));
            assertThat(byRequester.status()).as("approval by the requester: %s", byRequester).isEqualTo(403);
            assertThat(byRequester.text("type")).endsWith(":four-eyes");
            Reply closed = gateway.as(GatewayClient.SUPERVISOR).post(request + "/approval",
                    Map.of("version", requested.number("version")));
            assertThat(closed.status()).as("approval: %s", closed).isEqualTo(200);
            assertThat(closed.text("status")).isEqualTo("CLOSED");

            JsonNode closedEvent = caseEvent(caseClosed, EventCatalog.CASE_CLOSED, caseId);
            assertThat(List.of(closedEvent.path("outcome").asString(), closedEvent.path("destinationCode").asInt(),
                    closedEvent.path("requestedBy").asString(), closedEvent.path("closedBy").asString(),
                    closedEvent.path("episode").asInt()))
                    .containsExactly("GOALS_ACHIEVED", 410, GatewayClient.WORKER, GatewayClient.SUPERVISOR, 1);
            awaitStatus("/api/intake/intakes/" + caseId, "CLOSED");
            awaitStatus("/api/planning/cases/" + caseId + "/plan", "CLOSED");
            String matches = "/api/referral/cases/" + caseId + "/matches?age=30&language=en&area=north-district";
            Reply noMatches = await().atMost(EVENTS_ARRIVE_WITHIN).until(() -> gateway.get(matches),
                    reply -> reply.status() == 409);
            assertThat(noMatches.text("type")).endsWith(":case-closed");

            JsonNode outcome = gateway.get(closure + "/outcome").body().path("episodes").get(0);
            assertThat(List.of(outcome.path("outcome").asString(), outcome.path("goalsTotal").asInt(),
                    outcome.path("goalsMet").asInt(), outcome.path("referralsSent").asInt(),
                    outcome.path("referralsCompleted").asInt(), outcome.path("destinationCode").asInt(),
                    outcome.path("followUpsScheduled").asInt()))
                    .as("outcome: %s", outcome).containsExactly("GOALS_ACHIEVED", 2, 2, 1, 1, 410, 3);
            assertThat(outcome.path("instrumentChanges").values()).extracting(i -> i.path("instrumentId").asString(),
                    i -> i.path("firstScore").asInt(), i -> i.path("lastScore").asInt(),
                    i -> i.path("administrations").asInt()).containsExactly(tuple("PHQ-9", 8, 0, 2));
            assertThat(gateway.get("/api/referral/referrals/" + referralId).text("status")).isEqualTo("completed");

            // Follow-ups at 30, 90 and 180 days; a contact made early may be recorded before it is due.
            List<JsonNode> followUps = List.copyOf(gateway.get(closure + "/follow-ups").body().values());
            assertThat(followUps).extracting(f -> f.path("status").asString())
                    .containsExactly("SCHEDULED", "SCHEDULED", "SCHEDULED");
            String firstFollowUp = followUps.get(0).path("followUpId").asString();
            Reply recorded = gateway.post(closure + "/follow-ups/" + firstFollowUp + "/result", Map.of(
                    "result", "COMPLETED", "method", "PHONE", "reached", true, "stillStable", true,
                    "destinationCategory", "PERMANENT", "notes", "Settled in, rent paid on time"));
            assertThat(recorded.status()).as("follow-up: %s", recorded).isEqualTo(200);
            assertThat(recorded.text("status")).isEqualTo("COMPLETED");
            JsonNode reevaluated = gateway.get(closure + "/outcome").body().path("episodes").get(0);
            assertThat(List.of(reevaluated.path("revision").asInt(), reevaluated.path("followUpsReached").asInt()))
                    .as("outcome: %s", reevaluated).containsExactly(2, 1);

            Reply reopened = gateway.post(closure + "/reopening", Map.of("version", gateway.get(closure)
                    .number("version"), "reason", "NEW_NEEDS", "notes", "Lost her job; rent arrears again"));
            assertThat(reopened.status()).as("re-opening: %s", reopened).isEqualTo(200);
            assertThat(List.of(reopened.text("status"), reopened.number("episode"))).containsExactly("OPEN", 2L);
            assertThat(reopened.body().path("followUps").values()).extracting(f -> f.path("status").asString())
                    .containsExactly("COMPLETED", "CANCELLED", "CANCELLED");
            JsonNode reopenedEvent = caseEvent(caseReopened, EventCatalog.CASE_REOPENED, caseId);
            assertThat(reopenedEvent.path("episode").asInt()).isEqualTo(2);
            assertThat(reopenedEvent.path("cancelledFollowUpIds").values()).extracting(JsonNode::asString)
                    .containsExactly(followUps.get(1).path("followUpId").asString(),
                            followUps.get(2).path("followUpId").asString());
            awaitStatus("/api/intake/intakes/" + caseId, "OPENED");
            awaitStatus("/api/planning/cases/" + caseId + "/plan", planStatusWhileOpen);
            await().atMost(EVENTS_ARRIVE_WITHIN).until(() -> gateway.get(matches).status() == 200);
        }
    }

    /**
     * Cases on their way through every stage while one instance of each stage is killed (SIGKILL: no goodbye to its
     * consumer group, outbox claims left behind): the other instances take its requests, its partitions and its
     * unsent events over, and every case is closed with each stage's event applied once, as the outcome's figures
     * and the timeline's count of each event show. The platform goes on with one instance of each.
     */
    @Test
    @Order(Integer.MAX_VALUE - 1)
    void casesGoingThroughEveryStageFinishOnceEachWhenOneInstanceOfEachStageIsKilledMidway() {
        shelterReportsFreeBeds();
        List<String> caseIds = new ArrayList<>();
        for (String givenName : List.of("Noor", "Tomas", "Ada")) {
            caseIds.add(openCase(registerClient(givenName, familyName("Killed")).text("id"),
                    List.of(NORTH, SHELTER_NORTH)));
        }
        List<Reply> plans = caseIds.stream().map(this::approvedPlan).toList();

        // Right after the approvals, while their events are being relayed and consumed everywhere.
        List<String> killed = List.of("intake-service", "planning-service-2", "referral-service",
                "monitoring-service-2", "closure-service");
        killed.forEach(platform::kill);

        for (int i = 0; i < caseIds.size(); i++) {
            closeAfterEveryStage(caseIds.get(i), plans.get(i));
        }

        for (String caseId : caseIds) {
            awaitStatus("/api/intake/intakes/" + caseId, "CLOSED");
            awaitStatus("/api/planning/cases/" + caseId + "/plan", "CLOSED");
            JsonNode outcome = gateway.get("/api/closure/cases/" + caseId + "/outcome").body().path("episodes")
                    .get(0);
            assertThat(List.of(outcome.path("goalsTotal").asInt(), outcome.path("goalsMet").asInt(),
                    outcome.path("referralsSent").asInt(), outcome.path("referralsCompleted").asInt(),
                    outcome.path("followUpsScheduled").asInt()))
                    .as("outcome of %s: %s", caseId, outcome).containsExactly(2, 2, 1, 1, 3);
            // Monitoring hears each topic on its own partition: an instance taking over the killed one's partitions
            // catches up on all of them at once, in no order across topics, so the case's closure may come before
            // its referral. The timeline is complete once all of them have come, and orders them by their moments.
            String timeline = "/api/monitoring/cases/" + caseId + "/timeline?size=200";
            await().atMost(EVENTS_ARRIVE_WITHIN).untilAsserted(() -> assertThat(
                    topics(List.copyOf(gateway.get(timeline).body().path("content").values())))
                    .as("timeline of %s", caseId)
                    .containsOnlyOnce("case.opened", "plan.drafted", "plan.approved", "referral.requested",
                            "referral.completed", "case.closed")
                    .filteredOn("goal.achieved"::equals).hasSize(2));
        }
    }

    /**
     * Near the end, since a policy change of the program makes every client kept under it due again: the other tests'
     * closed clients of the program go too, after they were checked.
     */
    @Test
    @Order(Integer.MAX_VALUE - 2)
    void whenTheRetentionPeriodOfAClosedCaseEndsEveryStageForgetsTheClientOnce() throws Exception {
        shelterReportsFreeBeds();
        String policies = "/api/closure/retention-policies/housing-first";
        Reply shortened = gateway.as(GatewayClient.ADMIN).put(policies,
                Map.of("retentionPeriod", "PT2S", "legalBasis", "End-to-end test: two seconds after closure"));
        assertThat(shortened.status()).as("policy: %s", shortened).isEqualTo(200);
        try (PartnerTopicReader expiries = new PartnerTopicReader(platform, "case.retention-expired")) {
            String clientId = registerClient("Rhea", familyName("Retained")).text("id");
            String caseId = openCase(clientId, List.of(NORTH, SHELTER_NORTH));
            String scan = "/api/intake/intakes/" + caseId + "/documents/" + gateway.upload("/api/intake/intakes/"
                    + caseId + "/documents", "id.pdf", "%PDF-1.4\nID of Rhea".getBytes(StandardCharsets.UTF_8),
                    Map.of("type", "IDENTITY_DOCUMENT", "title", "Rhea's ID")).text("documentId");

            closeAfterEveryStage(caseId, approvedPlan(caseId));

            Event expiry = expiries.awaitEvent(event -> clientId.equals(event.key()));
            assertThat(SCHEMAS.validate(EventCatalog.CASE_RETENTION_EXPIRED, expiry.body())).isEmpty();
            assertThat(JSON.readTree(expiry.body()).path("caseIds").values()).extracting(JsonNode::asString)
                    .containsExactly(caseId);
            Reply client = await().atMost(EVENTS_ARRIVE_WITHIN).until(
                    () -> gateway.get("/api/intake/clients/" + clientId), reply -> "ERASED".equals(reply.text("status")));
            assertThat(client.text("erasedBy")).isEqualTo("retention-schedule");
            await().atMost(EVENTS_ARRIVE_WITHIN).until(() -> gateway.get("/api/planning/cases/" + caseId + "/plan")
                    .body().path("clientErased").asBoolean());
            awaitUnreadable(scan);
            assertThat(gateway.get("/api/closure/cases/" + caseId + "/outcome").body().path("episodes").get(0)
                    .path("goalsMet").asInt()).as("the figures stay").isEqualTo(2);
            JsonNode report = gateway.as(GatewayClient.AUDITOR).get("/api/closure/retention/expiring").body();
            assertThat(report.path("expired").values()).as("the auditor's report: %s", report)
                    .anyMatch(ended -> clientId.equals(ended.path("clientId").asString())
                            && !ended.path("expiredAt").isMissingNode());
            Thread.sleep(3000);
            assertThat(expiries.everythingMatching(event -> clientId.equals(event.key()))).as("announced once")
                    .hasSize(1);
        } finally {
            gateway.as(GatewayClient.ADMIN).put(policies, Map.of("retentionPeriod", "P7Y",
                    "legalBasis", "The agency's records retention schedule"));
        }
    }

    /**
     * The document answers 410 on every instance of its stage: the one that applied the erasure at once, another
     * once its cached copy of the client's key runs out (casemgmt.privacy.key-cache-ttl, 60 s).
     */
    private void awaitUnreadable(String document) {
        await().atMost(EVENTS_ARRIVE_WITHIN.plusSeconds(60)).pollInterval(Duration.ofSeconds(2))
                .until(() -> gateway.download(document + "/content").statusCode() == 410);
    }

    /** The rest of a planned case's way, as the case that went through every stage takes it, to its closure. */
    private void closeAfterEveryStage(String caseId, Reply approvedPlan) {
        JsonNode housing = goal(approvedPlan, "HOUSING");
        String housingGoalId = housing.path("id").asString();
        awaitMatch(caseId, housingGoalId, SHELTER_BEDS);
        referralTheProviderCompletes(caseId, housingGoalId);
        meetEveryObjective(caseId, housing);
        meetEveryObjective(caseId, goal(approvedPlan, "INCOME"));
        administerPhq9(caseId, 1);
        administerPhq9(caseId, 0);
        awaitReadinessMissing(caseId, "DESTINATION_RECORDED", "FOLLOW_UP_CONSENT_RECORDED");
        String closure = "/api/closure/cases/" + caseId;
        Reply planned = gateway.put(closure + "/transition-plan", Map.of(
                "version", gateway.get(closure).number("version"), "destinationCode", 410,
                "followUpContactAgreed", true, "supportContacts", "Her sister",
                "continuingSupport", "Tenancy support from Shelter North", "handedOverReferralIds", List.of()));
        assertThat(planned.status()).as("transition plan: %s", planned).isEqualTo(200);
        Reply requested = gateway.post(closure + "/closure-requests", Map.of("version", planned.number("version"),
                "reason", "GOALS_ACHIEVED", "outcome", "GOALS_ACHIEVED"));
        assertThat(requested.status()).as("closure request: %s", requested).isEqualTo(201);
        Reply closed = gateway.as(GatewayClient.SUPERVISOR).post(requested.header("Location") + "/approval",
                Map.of("version", requested.number("version")));
        assertThat(closed.text("status")).as("approval: %s", closed).isEqualTo("CLOSED");
    }

    @Test
    void anIneligibleIntakeIsDeclinedWithEveryReason() {
        try (PartnerTopicReader declined = new PartnerTopicReader(platform, "intake.declined")) {
            String clientId = registerClient("Tomas", familyName("Lindqvist")).text("id");
            Reply intake = gateway.post("/api/intake/intakes", Map.of("clientId", clientId, "programId", "housing-first",
                    "caseManager", "worker.alex"));
            String intakeId = intake.text("id");
            gateway.put("/api/intake/intakes/" + intakeId + "/assessment", assessment(intake.number("version"),
                    "Elsewhere", 5200));

            Reply decision = gateway.post("/api/intake/intakes/" + intakeId + "/decision", Map.of());

            assertThat(decision.status()).isEqualTo(200);
            assertThat(decision.text("status")).isEqualTo("DECLINED");
            Event event = declined.awaitEvent(e -> intakeId.equals(e.key()));
            assertThat(SCHEMAS.validate(EventCatalog.INTAKE_DECLINED, event.body())).isEmpty();
            assertThat(JSON.readTree(event.body()).path("reasons").values())
                    .extracting(reason -> reason.path("rule").asString())
                    .contains("RESIDENCY_AREA", "INCOME_THRESHOLD", "CONSENT_MISSING");
        }
    }

    @Test
    void badInputIsAProblemDocumentNamingTheField() {
        Reply reply = gateway.post("/api/intake/clients", Map.of("givenName", "", "birthDate", "2999-01-01"));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.body().path("errors").values()).extracting(error -> error.path("field").asString())
                .contains("givenName", "familyName", "birthDate");
        assertThat(reply.text("correlationId")).isNotBlank();
    }

    @Test
    void anUpdateFromAStaleVersionIsRefusedWithConflict() {
        String familyName = familyName("Stale");
        Reply client = registerClient("Ana", familyName);
        String path = "/api/intake/clients/" + client.text("id");
        Map<String, Object> update = Map.of("version", client.number("version"), "givenName", "Ana",
                "familyName", familyName, "birthDate", client.text("birthDate"), "residencyArea", "Central");

        assertThat(gateway.put(path, update).status()).isEqualTo(200);
        Reply stale = gateway.put(path, update);

        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.text("type")).isEqualTo("urn:casemgmt:problem:stale-version");
    }

    @Test
    void aRetriedRegistrationWithTheSameIdempotencyKeyCreatesOneClient() {
        String familyName = familyName("Retry");
        Map<String, String> key = Map.of("Idempotency-Key", UUID.randomUUID().toString());
        Map<String, Object> client = clientBody("Idris", familyName);

        Reply first = gateway.post("/api/intake/clients", client, key);
        Reply retry = gateway.post("/api/intake/clients", client, key);

        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.text("id")).isEqualTo(first.text("id"));
        assertThat(gateway.get("/api/intake/clients/search?name=" + familyName).body().values())
                .filteredOn(found -> familyName.equals(found.path("familyName").asString())).hasSize(1);
    }

    @Test
    void changesMadeWhileKafkaIsDownArePublishedOnceEachWhenItIsBack() throws Exception {
        List<String> clientIds = new ArrayList<>();

        platform.withKafkaDown(() -> {
            for (String givenName : List.of("Amara", "Bilal", "Chen")) {
                clientIds.add(registerClient(givenName, familyName("Outage")).text("id"));
            }
        });

        try (PartnerTopicReader registered = new PartnerTopicReader(platform,
                "client.registered")) {
            for (String clientId : clientIds) {
                registered.awaitEvent(e -> clientId.equals(e.key()));
            }
            assertThat(registered.everythingMatching(e -> clientIds.contains(e.key())))
                    .extracting(Event::key).containsExactlyInAnyOrderElementsOf(clientIds);
        }
    }

    /** Last, since it leaves only intake running: starting every stage again (two of each) would take minutes. */
    @Test
    @Order(Integer.MAX_VALUE)
    void clientsAndCasesAreStillThereAfterThePlatformRestarts() throws Exception {
        String familyName = familyName("Persist");
        String clientId = registerClient("Lena", familyName).text("id");
        String caseId = openCase(clientId);

        connect(shared.restartWithOnly(List.of("intake-service", "gateway")));

        // Read with a token the restarted auth server issued: signing in works again, not only an old token.
        assertThat(gateway.get("/api/intake/clients/" + clientId).text("familyName")).isEqualTo(familyName);
        assertThat(gateway.get("/api/intake/intakes/" + caseId).text("status")).isEqualTo("OPENED");
    }

    @Test
    void aCallerWithoutAValidTokenIsTurnedAwayAtTheGatewayAndASignedInOneIsServed() {
        Reply anonymous = gateway.withoutToken().get("/api/intake/clients");
        Reply forged = gateway.withoutToken().get("/api/intake/clients",
                Map.of("Authorization", "Bearer not-a-token-the-auth-server-issued"));
        Reply signedIn = gateway.get("/api/intake/clients");

        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.contentType()).startsWith("application/problem+json");
        assertThat(anonymous.text("type")).isEqualTo("urn:casemgmt:problem:unauthenticated");
        assertThat(anonymous.header("WWW-Authenticate")).startsWith("Bearer");
        assertThat(forged.status()).isEqualTo(401);
        assertThat(forged.header("WWW-Authenticate")).contains("invalid_token");
        assertThat(signedIn.status()).as("with worker.alex's token: %s", signedIn).isEqualTo(200);
    }

    @Test
    void anotherAgencysWorkerNeitherReadsNorListsTheCase() {
        String familyName = familyName("Isolated");
        String clientId = registerClient("Yara", familyName).text("id");
        String caseId = openCase(clientId);
        String planId = awaitPlan(caseId).text("id");
        GatewayClient south = gateway.as(GatewayClient.OTHER_AGENCY_WORKER);

        // As if it did not exist: 404, not 403, so that another agency cannot even learn that the id is taken.
        assertThat(south.get("/api/intake/clients/" + clientId).status()).isEqualTo(404);
        assertThat(south.get("/api/intake/intakes/" + caseId).status()).isEqualTo(404);
        assertThat(south.get("/api/planning/plans/" + planId).status()).isEqualTo(404);
        assertThat(south.get("/api/planning/cases/" + caseId + "/plan").status()).isEqualTo(404);

        assertThat(gateway.get("/api/planning/plans?caseId=" + caseId).body().path("content").values())
                .as("agency-north's own list").extracting(plan -> plan.path("id").asString()).containsExactly(planId);
        assertThat(south.get("/api/planning/plans?caseId=" + caseId).body().path("content").values()).isEmpty();
        assertThat(south.get("/api/intake/intakes?clientId=" + clientId).body().path("content").values()).isEmpty();
        assertThat(south.get("/api/intake/clients/search?name=" + familyName).body().values()).isEmpty();
        Reply southClients = south.get("/api/intake/clients?size=100");
        assertThat(southClients.status()).isEqualTo(200);
        assertThat(southClients.body().path("content").values())
                .noneMatch(client -> clientId.equals(client.path("id").asString()))
                .allMatch(client -> "agency-south".equals(client.path("agencyId").asString()));
    }

    @Test
    void theAuditorSeesWhoReadAClientAndThatTheTrailIsIntact() {
        String clientId = registerClient("Ines", familyName("Audited")).text("id");
        assertThat(gateway.get("/api/intake/clients/" + clientId).status()).isEqualTo(200);
        GatewayClient auditor = gateway.as(GatewayClient.AUDITOR);
        String entries = "/api/intake/audit/entries?resourceType=client&resourceId=" + clientId;

        // The entry is written as the answer goes out, so it may trail the answer by a moment.
        Collection<JsonNode> trail = await().atMost(Duration.ofSeconds(10)).until(
                () -> auditor.get(entries).body().path("content").values(),
                found -> found.stream().anyMatch(entry -> "READ".equals(entry.path("action").asString())));
        assertThat(trail).extracting(entry -> entry.path("actorId").asString(), entry -> entry.path("action").asString(),
                        entry -> entry.path("agencyId").asString(), entry -> entry.path("outcome").asString())
                .contains(tuple(GatewayClient.WORKER, "CREATE", NORTH, "SUCCESS"),
                        tuple(GatewayClient.WORKER, "READ", NORTH, "SUCCESS"));

        Reply verification = auditor.get("/api/intake/audit/verification");
        assertThat(verification.status()).isEqualTo(200);
        assertThat(verification.body().path("intact").asBoolean()).as("verification: %s", verification).isTrue();
        assertThat(verification.number("entriesChecked")).isGreaterThanOrEqualTo(trail.size());

        assertThat(gateway.get(entries).status()).as("a case worker reading the trail").isEqualTo(403);
    }

    @Test
    void anErasedClientIsForgottenByIntakeAndPlanningAndTheStoresHoldNoTraceOfTheirName() throws Exception {
        String familyName = familyName("Erasable");
        String clientId = registerClient("Erin", familyName).text("id");
        String caseId = openCase(clientId);
        Reply draft = awaitPlan(caseId);
        String plan = "/api/planning/plans/" + draft.text("id");
        // What a case worker writes about the client may name them; that text must go with the erasure too.
        JsonNode housing = goal(draft, "HOUSING");
        Reply named = gateway.put(plan + "/goals/" + housing.path("id").asString(), goalForm(draft.number("version"),
                housing, "Erin " + familyName + " signs a tenancy of her own"));
        assertThat(named.status()).as("goal edit: %s", named).isEqualTo(200);

        String scan = "/api/intake/intakes/" + caseId + "/documents/" + gateway.upload("/api/intake/intakes/" + caseId
                + "/documents", "id.pdf", ("%PDF-1.4\nID of Erin " + familyName).getBytes(StandardCharsets.UTF_8),
                Map.of("type", "IDENTITY_DOCUMENT", "title", "Erin's ID")).text("documentId");

        try (PartnerTopicReader erased = new PartnerTopicReader(platform, "client.erased")) {
            assertThat(gateway.post("/api/intake/clients/" + clientId + "/erasure", Map.of("reference", "DSR-E2E"))
                    .status()).as("erasure by a case worker").isEqualTo(403);
            Reply erasure = gateway.as(GatewayClient.ADMIN).post("/api/intake/clients/" + clientId + "/erasure",
                    Map.of("reference", "DSR-E2E"));
            assertThat(erasure.status()).as("erasure: %s", erasure).isEqualTo(200);

            Reply client = gateway.get("/api/intake/clients/" + clientId);
            assertThat(client.text("status")).isEqualTo("ERASED");
            assertThat(client.text("erasedBy")).isEqualTo(GatewayClient.ADMIN);
            assertThat(client.body().path("givenName").isNull()).as("client: %s", client).isTrue();
            assertThat(client.body().path("familyName").isNull()).as("client: %s", client).isTrue();
            assertThat(client.body().path("birthDate").isNull()).as("client: %s", client).isTrue();
            awaitUnreadable(scan);

            Event event = erased.awaitEvent(e -> clientId.equals(e.key()));
            assertThat(SCHEMAS.validate(EventCatalog.CLIENT_ERASED, event.body())).isEmpty();
            assertThat(JSON.readTree(event.body()).path("caseIds").values()).extracting(JsonNode::asString)
                    .containsExactly(caseId);
            assertThat(event.body()).doesNotContain(familyName);
        }

        Reply forgotten = await().atMost(EVENTS_ARRIVE_WITHIN).until(
                () -> gateway.get("/api/planning/cases/" + caseId + "/plan"),
                reply -> reply.body().path("clientErased").asBoolean());
        assertThat(forgotten.body().path("goals").values()).isNotEmpty()
                .allMatch(goal -> goal.path("statement").isNull());

        assertThat(storedDocuments("intake")).as("intake's database").isNotEmpty()
                .anyMatch(document -> document.contains(clientId))
                .noneMatch(document -> document.contains(familyName));
        assertThat(storedDocuments("planning")).as("planning's database").isNotEmpty()
                .anyMatch(document -> document.contains(caseId))
                .noneMatch(document -> document.contains(familyName));
    }

    @Test
    void aSignedConsentFormAttachedAtIntakeIsScannedKeptEncryptedAndDownloadedWhole() {
        String familyName = familyName("Scanned");
        String caseId = openCase(registerClient("Dana", familyName).text("id"));
        String documents = "/api/intake/intakes/" + caseId + "/documents";
        byte[] form = ("%PDF-1.7\nConsent to share with shelter-north, signed Dana " + familyName + "\n%%EOF\n")
                .getBytes(StandardCharsets.UTF_8);

        Reply attached = gateway.upload(documents, "consent-signed.pdf", form,
                Map.of("type", "CONSENT_FORM", "title", "Signed consent form", "receivedOn", "2026-12-01"));

        assertThat(attached.status()).as("upload: %s", attached).isEqualTo(201);
        assertThat(attached.text("contentType")).isEqualTo("application/pdf");
        String documentId = attached.text("documentId");
        assertThat(gateway.get(documents).body().values()).extracting(document -> document.path("title").asString())
                .containsExactly("Signed consent form");
        HttpResponse<byte[]> download = gateway.download(documents + "/" + documentId + "/content");
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(form);
        assertThat(download.headers().firstValue("Content-Disposition")).hasValueSatisfying(
                disposition -> assertThat(disposition).startsWith("attachment;").contains("consent-signed.pdf"));
        assertThat(storedDocuments("intake")).as("intake's database").anyMatch(document -> document.contains(documentId))
                .noneMatch(document -> document.contains(familyName));

        Reply infected = gateway.upload(documents, "invoice.pdf", Clamd.EICAR.getBytes(StandardCharsets.US_ASCII),
                Map.of("type", "CORRESPONDENCE", "title", "Invoice"));
        assertThat(infected.status()).as("EICAR: %s", infected).isEqualTo(422);
        assertThat(infected.text("type")).endsWith("document-infected");
        assertThat(infected.text("signature")).startsWith("Eicar-Test-Signature");
        assertThat(gateway.as(GatewayClient.OTHER_AGENCY_WORKER).get(documents).status()).isEqualTo(404);
        assertThat(gateway.as(GatewayClient.PROVIDER).download(documents + "/" + documentId + "/content")
                .statusCode()).isEqualTo(403);
    }

    @Test
    void aRetrySafeRegistrationLeavesNoCopyOfTheClientOnceTheyAreErased() {
        String familyName = familyName("Retried");
        // As a careful tool registers: the answer intake keeps for a retry holds the name too, and must not outlive
        // the erasure.
        Reply registered = gateway.post("/api/intake/clients", clientBody("Rafa", familyName),
                Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        assertThat(registered.status()).as("registration: %s", registered).isEqualTo(201);
        String clientId = registered.text("id");

        Reply erasure = gateway.as(GatewayClient.ADMIN).post("/api/intake/clients/" + clientId + "/erasure", Map.of());
        assertThat(erasure.status()).as("erasure: %s", erasure).isEqualTo(200);

        assertThat(storedDocuments("intake")).as("intake's database")
                .anyMatch(document -> document.contains(clientId))
                .noneMatch(document -> document.contains(familyName));
    }

    /**
     * Every document of every collection of a service's database as text, binary values read as UTF-8 (a stored
     * answer is bytes): what someone with a copy of the database could read.
     */
    private List<String> storedDocuments(String database) {
        try (MongoClient mongo = MongoClients.create(platform.mongoUri(database))) {
            MongoDatabase store = mongo.getDatabase(database);
            List<String> documents = new ArrayList<>();
            for (String collection : store.listCollectionNames()) {
                store.getCollection(collection).find().forEach(document -> documents.add(readable(document)));
            }
            return documents;
        }
    }

    private static String readable(Object value) {
        return switch (value) {
            case Document document -> document.values().stream().map(CaseThroughGatewayE2EIT::readable)
                    .collect(Collectors.joining(" "));
            case List<?> list -> list.stream().map(CaseThroughGatewayE2EIT::readable).collect(Collectors.joining(" "));
            case Binary binary -> new String(binary.getData(), StandardCharsets.UTF_8);
            case null -> "";
            default -> value.toString();
        };
    }

    /** The goal as it stands, with another statement: the whole content goes back, as the API replaces it. */
    private static Map<String, Object> goalForm(long planVersion, JsonNode goal, String statement) {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("version", planVersion);
        form.put("needDomain", goal.path("needDomain").asString());
        form.put("statement", statement);
        form.put("priority", goal.path("priority").asString());
        form.put("responsibleParty", goal.path("responsibleParty").asString());
        form.put("providerRole", goal.path("providerRole"));
        form.put("objectives", goal.path("objectives").values().stream().map(objective -> Map.of(
                "id", objective.path("id").asString(),
                "indicator", objective.path("indicator").asString(),
                "baseline", objective.path("baseline").asDouble(),
                "target", objective.path("target").asDouble(),
                "unit", objective.path("unit").asString(),
                "direction", objective.path("direction").asString(),
                "dueDate", objective.path("dueDate").asString())).toList());
        form.put("interventions", goal.path("interventions"));
        form.put("agreement", goal.path("agreement"));
        return form;
    }

    /** Planning drafts the plan when it hears case.opened: a moment after the decision. */
    private Reply awaitPlan(String caseId) {
        return await().atMost(EVENTS_ARRIVE_WITHIN)
                .until(() -> gateway.get("/api/planning/cases/" + caseId + "/plan"), reply -> reply.status() == 200);
    }

    /** The case's draft plan, submitted by the case worker and approved by a supervisor: its goals are set. */
    private Reply approvedPlan(String caseId) {
        Reply draft = awaitPlan(caseId);
        String plan = "/api/planning/plans/" + draft.text("id");
        Reply submitted = gateway.post(plan + "/submission", Map.of("version", draft.number("version")));
        assertThat(submitted.status()).as("submission: %s", submitted).isEqualTo(200);
        Reply approved = gateway.as(GatewayClient.SUPERVISOR).post(plan + "/approval",
                Map.of("version", submitted.number("version")));
        assertThat(approved.status()).as("approval: %s", approved).isEqualTo(200);
        return approved;
    }

    /**
     * The service among the matches for the goal, once referral has heard of the case, its consent and its goals
     * (case.opened, goal.set), for an adult who speaks English and lives in the shelter's district.
     */
    private JsonNode awaitMatch(String caseId, String goalId, String serviceId) {
        String matches = "/api/referral/cases/" + caseId + "/matches?age=30&language=en&area=north-district";
        return await().atMost(EVENTS_ARRIVE_WITHIN).until(() -> gateway.get(matches).body().values().stream()
                .filter(goal -> goalId.equals(goal.path("goalId").asString()))
                .flatMap(goal -> goal.path("matches").values().stream())
                .filter(match -> serviceId.equals(match.path("serviceId").asString())
                        && match.path("consentCovers").asBoolean())
                .findFirst().orElse(null), match -> match != null);
    }

    /** Monitoring measures against the approved plan once it has heard of it (plan.approved, goal.set). */
    private void awaitMonitoredGoal(String caseId, String goalId) {
        await().atMost(EVENTS_ARRIVE_WITHIN).until(() -> gateway.get("/api/monitoring/cases/" + caseId + "/goals"),
                reply -> reply.status() == 200 && reply.body().values().stream()
                        .anyMatch(goal -> goalId.equals(goal.path("goalId").asString())));
    }

    /** A measurement meeting the target of each of the goal's objectives, once monitoring knows the goal. */
    private void meetEveryObjective(String caseId, JsonNode goal) {
        String goalId = goal.path("id").asString();
        awaitMonitoredGoal(caseId, goalId);
        for (JsonNode objective : goal.path("objectives").values()) {
            Reply measured = gateway.post("/api/monitoring/cases/" + caseId + "/progress", Map.of("goalId", goalId,
                    "objectiveId", objective.path("id").asString(), "value", meetingTarget(objective)));
            assertThat(measured.status()).as("measurement: %s", measured).isEqualTo(201);
        }
    }

    /** A referral to the shelter for the goal, which its staff accept, start and complete: answers its id. */
    private String referralTheProviderCompletes(String caseId, String goalId) {
        Reply referral = gateway.post("/api/referral/referrals", Map.of("caseId", caseId, "goalId", goalId,
                "serviceId", SHELTER_BEDS));
        assertThat(referral.status()).as("referral: %s", referral).isEqualTo(201);
        String path = "/api/referral/referrals/" + referral.text("id");
        GatewayClient provider = gateway.as(GatewayClient.PROVIDER);
        Reply accepted = provider.post(path + "/accept", Map.of("version", referral.number("version")));
        assertThat(accepted.status()).as("acceptance: %s", accepted).isEqualTo(200);
        Reply started = provider.post(path + "/start", Map.of("version", accepted.number("version")));
        assertThat(started.status()).as("start: %s", started).isEqualTo(200);
        Reply completed = provider.post(path + "/complete", Map.of("version", started.number("version"),
                "outcome", "got-help"));
        assertThat(completed.text("status")).as("completion: %s", completed).isEqualTo("completed");
        return referral.text("id");
    }

    /** A PHQ-9 with every item answered with the same score but item 9 (0: no alert, whatever the total). */
    private void administerPhq9(String caseId, int score) {
        List<Map<String, Object>> answers = new ArrayList<>();
        for (int item = 1; item <= 9; item++) {
            answers.add(Map.of("itemId", String.valueOf(item), "score", item == 9 ? 0 : score));
        }
        Reply administered = gateway.post("/api/monitoring/cases/" + caseId + "/assessments",
                Map.of("instrumentId", "PHQ-9", "answers", answers));
        assertThat(administered.status()).as("PHQ-9: %s", administered).isEqualTo(201);
    }

    /** Closure's readiness once exactly these criteria are left: it follows the other stages' events. */
    private Reply awaitReadinessMissing(String caseId, String... missing) {
        return await().atMost(EVENTS_ARRIVE_WITHIN).until(
                () -> gateway.get("/api/closure/cases/" + caseId + "/readiness"),
                reply -> reply.status() == 200 && reply.body().path("missing").values().stream()
                        .map(JsonNode::asString).toList().equals(List.of(missing)));
    }

    private static JsonNode criterion(Reply readiness, String criterion) {
        return readiness.body().path("checks").values().stream()
                .filter(check -> criterion.equals(check.path("criterion").asString())).findFirst().orElseThrow();
    }

    /** What another stage shows once it has heard of a case's closure or re-opening. */
    private void awaitStatus(String path, String status) {
        await().atMost(EVENTS_ARRIVE_WITHIN).until(() -> gateway.get(path).text("status"), status::equals);
    }

    private static List<String> topics(List<JsonNode> timelineEntries) {
        return timelineEntries.stream().map(entry -> entry.path("topic").asString()).toList();
    }

    /** A value that meets the objective's target, whichever way is better. */
    private static double meetingTarget(JsonNode objective) {
        boolean higherIsBetter = "HIGHER_IS_BETTER".equals(objective.path("direction").asString());
        return objective.path("target").asDouble() + (higherIsBetter ? 2 : 0);
    }

    /** The case's event on its topic (a referral's status change, its closure...), checked against its schema. */
    private static JsonNode caseEvent(PartnerTopicReader topic, EventType<?> type, String caseId) {
        Event event = topic.awaitEvent(e -> caseId.equals(e.key()));
        assertThat(event.headers()).containsEntry("ce_type", type.type()).containsEntry("ce_subject", caseId);
        assertThat(SCHEMAS.validate(type, event.body())).isEmpty();
        return JSON.readTree(event.body());
    }

    private static JsonNode goal(Reply plan, String needDomain) {
        return plan.body().path("goals").values().stream()
                .filter(goal -> needDomain.equals(goal.path("needDomain").asString())).findFirst().orElseThrow();
    }

    /** The other tests' referrals (and the console's walk's) hold or fill beds: the shelter reports what it has free now. */
    private void shelterReportsFreeBeds() {
        Reply capacity = gateway.as(GatewayClient.PROVIDER).put("/api/referral/services/" + SHELTER_BEDS + "/capacity",
                Map.of("unit", "Bed", "available", 20, "maximum", 40, "status", "capacity"));
        assertThat(capacity.status()).as("capacity: %s", capacity).isEqualTo(200);
    }

    private void connect(Platform started) {
        platform = started;
        gateway = new GatewayClient(platform.gatewayUrl().orElseThrow(), platform.issuerUri());
    }

    /**
     * Every test works in worker.alex's agency, so a test tells its clients from the others' by a family name of its
     * own.
     */
    private static String familyName(String prefix) {
        return prefix + "-" + UUID.randomUUID();
    }

    private Reply registerClient(String givenName, String familyName) {
        Reply reply = gateway.post("/api/intake/clients", clientBody(givenName, familyName));
        assertThat(reply.status()).as("registration: %s", reply).isEqualTo(201);
        return reply;
    }

    /**
     * Duplicate detection compares the names of clients born the same day in the agency, and the tests' names are
     * alike: a birth date of its own for each client keeps every registration new. Housing First takes ages 18 to 64.
     */
    private static Map<String, Object> clientBody(String givenName, String familyName) {
        String birthDate = LocalDate.of(1970, 1, 1).plusDays(BIRTH_DATES.getAndIncrement()).toString();
        return Map.of("givenName", givenName, "familyName", familyName, "birthDate", birthDate,
                "residencyArea", "Central", "preferredLanguage", "en");
    }

    /** Intake, assessment, consent, eligibility and decision, as a case worker does them; answers the case id. */
    private String openCase(String clientId) {
        return openCase(clientId, List.of("agency-shelter-north"));
    }

    /** As {@link #openCase(String)}, the client consenting to share their data with these agencies. */
    private String openCase(String clientId, List<String> sharedWithAgencyIds) {
        Reply intake = gateway.post("/api/intake/intakes", Map.of("clientId", clientId, "programId", "housing-first",
                "caseManager", GatewayClient.WORKER));
        assertThat(intake.status()).as("intake: %s", intake).isEqualTo(201);
        String intakeId = intake.text("id");

        Reply assessed = gateway.put("/api/intake/intakes/" + intakeId + "/assessment",
                assessment(intake.number("version"), "Central", 900));
        assertThat(assessed.status()).as("assessment: %s", assessed).isEqualTo(200);

        Reply consent = gateway.post("/api/intake/intakes/" + intakeId + "/consents", Map.of(
                "purpose", "Coordinate housing and income support",
                "sharedWithAgencyIds", sharedWithAgencyIds,
                "givenBy", "CLIENT",
                "expiresAt", Instant.now().plus(365, ChronoUnit.DAYS).toString()));
        assertThat(consent.status()).as("consent: %s", consent).isEqualTo(201);

        Reply eligibility = gateway.post("/api/intake/intakes/" + intakeId + "/eligibility", Map.of());
        assertThat(eligibility.status()).as("eligibility: %s", eligibility).isEqualTo(200);
        assertThat(eligibility.body().path("eligible").asBoolean()).as("eligibility: %s", eligibility).isTrue();

        Reply decision = gateway.post("/api/intake/intakes/" + intakeId + "/decision", Map.of());
        assertThat(decision.status()).as("decision: %s", decision).isEqualTo(200);
        assertThat(decision.text("status")).isEqualTo("OPENED");
        return intakeId;
    }

    private static Map<String, Object> assessment(long version, String residencyArea, int monthlyIncome) {
        return Map.of("version", version,
                "needs", List.of(
                        Map.of("domain", "HOUSING", "severity", "HIGH", "summary", "Eviction notice for month end"),
                        Map.of("domain", "INCOME", "severity", "MODERATE", "summary", "Benefits claim stalled")),
                "strengths", List.of("Stable part-time work", "Supportive sister nearby"),
                "risks", List.of(Map.of("type", "HOMELESSNESS", "level", "MEDIUM", "note", "Could lose housing soon")),
                "circumstances", Map.of("householdSize", 2, "monthlyIncome", monthlyIncome,
                        "residencyArea", residencyArea));
    }
}
