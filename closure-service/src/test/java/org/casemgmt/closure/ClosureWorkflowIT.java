package org.casemgmt.closure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.casemgmt.closure.ClosureApi.body;
import static org.casemgmt.closure.ClosureApi.read;
import static org.casemgmt.closure.ClosureApi.supervisor;
import static org.casemgmt.closure.ClosureApi.worker;

import java.time.Instant;
import java.util.List;

import org.casemgmt.events.EventCatalog;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import com.jayway.jsonpath.JsonPath;

/**
 * A case from its opening to its closure and re-opening, as the case worker and the supervisor see it: readiness
 * kept from the other stages' events, the transition plan, the request, the four-eyes decision, and what closure
 * announces at each step.
 */
class ClosureWorkflowIT extends ClosureIntegrationTestBase {

    @Test
    void readinessListsWhatIsMissingFromTheOtherStagesEventsAndIsAnnouncedWhenItChanges() {
        String caseId = api.openCase("program-1");
        assertThat(topics.awaitPublished(EventCatalog.CLOSURE_READINESS_CHANGED, caseId, 1).getFirst().body())
                .contains("\"ready\":false", "DESTINATION_RECORDED", "FOLLOW_UP_CONSENT_RECORDED");
        Instant now = Instant.now();

        api.goalSet(caseId, "goal-housing");
        api.referralRequested(caseId, "referral-shelter", now);
        api.assessed(caseId, "PHQ-9", 18, now.minusSeconds(3600));

        await().untilAsserted(() -> {
            MvcTestResult readiness = api.readiness(caseId);
            assertThat(JsonPath.<List<String>>read(body(readiness), "$.missing")).containsExactly("GOALS_RESOLVED",
                    "REFERRALS_RESOLVED", "EXIT_ASSESSMENTS_DONE", "DESTINATION_RECORDED",
                    "FOLLOW_UP_CONSENT_RECORDED");
            assertThat(read(readiness, "$.checks[0].pending[0]")).isEqualTo("goal-housing");
            assertThat(read(readiness, "$.checks[1].pending[0]")).isEqualTo("referral-shelter");
            assertThat(read(readiness, "$.checks[2].pending[0]")).isEqualTo("PHQ-9");
        });

        api.goalAchieved(caseId, "goal-housing");
        api.referralChanged(EventCatalog.REFERRAL_COMPLETED, caseId, "referral-shelter", "completed",
                now.plusSeconds(60));
        api.assessed(caseId, "PHQ-9", 7, now);
        await().until(() -> JsonPath.<List<String>>read(body(api.readiness(caseId)), "$.missing").size() == 2);
        MvcTestResult planned = api.planTransition(caseId, """
                {"version": {version}, "destinationCode": 410, "followUpContactAgreed": true,
                 "supportContacts": "Maria's sister Ana, and the tenants' union",
                 "continuingSupport": "Rent support continues until June"}""");

        assertThat(planned.getResponse().getStatus()).as(body(planned)).isEqualTo(200);
        assertThat(read(planned, "$.transitionPlan.destinationCategory")).isEqualTo("PERMANENT");
        assertThat(read(api.readiness(caseId), "$.ready")).isEqualTo("true");
        assertThat(topics.awaitPublished(EventCatalog.TRANSITION_PLANNED, caseId, 1).getFirst().body())
                .contains("\"destinationCode\":410", "\"followUpContactAgreed\":true").doesNotContain("Ana");
        await().untilAsserted(() -> assertThat(topics.withKey(EventCatalog.CLOSURE_READINESS_CHANGED.topic(), caseId)
                .getLast().body()).contains("\"ready\":true", "\"missing\":[]"));
    }

    @Test
    void aSupervisorOtherThanTheRequesterApprovesTheClosureWhichClosesTheCaseSchedulesFollowUpsAndEvaluatesIt() {
        String caseId = api.openCase("program-1");
        api.goalMet(caseId);
        api.planTransition(caseId, """
                {"version": {version}, "destinationCode": 410, "followUpContactAgreed": true}""");
        await().until(() -> "true".equals(read(api.readiness(caseId), "$.ready")));

        MvcTestResult requested = api.requestClosure(caseId, """
                {"version": {version}, "reason": "GOALS_ACHIEVED", "outcome": "GOALS_ACHIEVED"}""");
        assertThat(requested.getResponse().getStatus()).as(body(requested)).isEqualTo(201);
        String closureId = read(requested, "$.requests[0].closureId");
        assertThat(requested.getResponse().getHeader("Location")).endsWith("/closure-requests/" + closureId);
        assertThat(read(requested, "$.status")).isEqualTo("CLOSURE_REQUESTED");
        assertThat(topics.awaitPublished(EventCatalog.CLOSURE_REQUESTED, caseId, 1).getFirst().body())
                .contains("\"overridden\":false", "\"destinationCategory\":\"PERMANENT\"");

        MvcTestResult ownApproval = api.approve(caseId, closureId, ClosureApi.bearer(ClosureApi.WORKER,
                ClosureApi.AGENCY, "SUPERVISOR", "CASE_WORKER"));
        assertThat(ownApproval.getResponse().getStatus()).isEqualTo(403);
        assertThat(body(ownApproval)).contains("four-eyes");
        MvcTestResult byAnotherWorker = api.approve(caseId, closureId, ClosureApi.bearer("staff-0200",
                ClosureApi.AGENCY, "CASE_WORKER"));
        assertThat(byAnotherWorker.getResponse().getStatus()).isEqualTo(403);
        assertThat(body(byAnotherWorker)).contains("supervisor-required");

        MvcTestResult approved = api.approve(caseId, closureId, supervisor());

        assertThat(approved.getResponse().getStatus()).as(body(approved)).isEqualTo(200);
        assertThat(read(approved, "$.status")).isEqualTo("CLOSED");
        assertThat(read(approved, "$.episodes[0].closedAt")).isNotNull();
        assertThat(JsonPath.<List<Object>>read(body(approved), "$.followUps")).hasSize(3);
        topics.awaitPublished(EventCatalog.CLOSURE_APPROVED, caseId, 1);
        assertThat(topics.awaitPublished(EventCatalog.CASE_CLOSED, caseId, 1).getFirst().body()).contains(
                "\"reason\":\"GOALS_ACHIEVED\"", "\"outcome\":\"GOALS_ACHIEVED\"", "\"destinationCode\":410",
                "\"destinationCategory\":\"PERMANENT\"", "\"closedBy\":\"" + ClosureApi.SUPERVISOR + "\"",
                "\"requestedBy\":\"" + ClosureApi.WORKER + "\"", "\"episode\":1");
        topics.awaitPublished(EventCatalog.FOLLOWUP_SCHEDULED, caseId, 3);
        assertThat(topics.awaitPublished(EventCatalog.OUTCOME_EVALUATED, caseId, 1).getFirst().body())
                .contains("\"revision\":1", "\"followUpsScheduled\":3", "\"destinationCategory\":\"PERMANENT\"");
        MvcTestResult again = api.approve(caseId, closureId, supervisor());
        assertThat(again.getResponse().getStatus()).isEqualTo(409);
        assertThat(body(again)).contains("closure-already-decided");
    }

    @Test
    void aCaseThatMissesCriteriaClosesOnlyWithAnOverrideWhoseReasonStaysOffTheTopicAndGoesOnTheAuditTrail() {
        String caseId = api.openCase("program-1");
        api.goalSet(caseId, "goal-income");
        await().until(() -> body(api.readiness(caseId)).contains("goal-income"));
        api.planTransition(caseId, """
                {"version": {version}, "destinationCode": 313, "followUpContactAgreed": false}""");

        MvcTestResult refused = api.requestClosure(caseId, """
                {"version": {version}, "reason": "LOST_CONTACT", "outcome": "LOST_CONTACT"}""");
        assertThat(refused.getResponse().getStatus()).isEqualTo(409);
        assertThat(read(refused, "$.type")).endsWith("closure-criteria-not-met");
        assertThat(JsonPath.<List<String>>read(body(refused), "$.missing")).containsExactly("GOALS_RESOLVED");

        MvcTestResult overridden = api.requestClosure(caseId, """
                {"version": {version}, "reason": "LOST_CONTACT", "outcome": "LOST_CONTACT",
                 "overrideReason": "Maria moved away without a forwarding address"}""");

        assertThat(overridden.getResponse().getStatus()).as(body(overridden)).isEqualTo(201);
        assertThat(read(overridden, "$.requests[0].overrideReason")).contains("Maria moved away");
        assertThat(topics.awaitPublished(EventCatalog.CLOSURE_REQUESTED, caseId, 1).getFirst().body())
                .contains("\"overridden\":true", "\"unmetCriteria\":[\"GOALS_RESOLVED\"]").doesNotContain("Maria");
        String closureId = read(overridden, "$.requests[0].closureId");
        MvcTestResult trail = api.get("/api/closure/audit/entries?resourceType=closure request&resourceId=" + closureId,
                ClosureApi.bearer("staff-0900", ClosureApi.AGENCY, "AUDITOR"));
        assertThat(body(trail)).contains("override-completion-criteria", "unmet=GOALS_RESOLVED")
                .doesNotContain("Maria");

        MvcTestResult approved = api.approve(caseId, closureId, supervisor());
        assertThat(approved.getResponse().getStatus()).as(body(approved)).isEqualTo(200);
        assertThat(JsonPath.<List<Object>>read(body(approved), "$.followUps")).as("no follow-ups without consent")
                .isEmpty();
    }

    @Test
    void aRejectedRequestLeavesTheCaseOpenWithTheSupervisorsCommentAndAnotherRequestMayFollow() {
        String caseId = api.openCase("program-1");
        api.goalMet(caseId);
        api.planTransition(caseId, """
                {"version": {version}, "destinationCode": 101, "followUpContactAgreed": true}""");
        MvcTestResult requested = api.requestClosure(caseId, """
                {"version": {version}, "reason": "CLIENT_WITHDREW", "outcome": "DISENGAGED"}""");
        String closureId = read(requested, "$.requests[0].closureId");

        MvcTestResult rejected = api.post("/api/closure/cases/" + caseId + "/closure-requests/" + closureId
                + "/rejection", supervisor(), """
                {"version": %s, "comment": "Try the outreach team once more before closing"}"""
                .formatted(api.version(caseId)));

        assertThat(rejected.getResponse().getStatus()).as(body(rejected)).isEqualTo(200);
        assertThat(read(rejected, "$.status")).isEqualTo("OPEN");
        assertThat(read(rejected, "$.requests[0].decision")).isEqualTo("REJECTED");
        assertThat(read(rejected, "$.requests[0].comment")).startsWith("Try the outreach team");
        assertThat(topics.awaitPublished(EventCatalog.CLOSURE_REJECTED, caseId, 1).getFirst().body())
                .contains(closureId).doesNotContain("outreach");
        assertThat(api.requestClosure(caseId, """
                {"version": {version}, "reason": "CLIENT_WITHDREW", "outcome": "DISENGAGED"}""")
                .getResponse().getStatus()).isEqualTo(201);
    }

    @Test
    void badInputIsA400NamingTheField() {
        String caseId = api.openCase("program-1");

        MvcTestResult badDestination = api.planTransition(caseId, """
                {"version": {version}, "destinationCode": 999}""");
        MvcTestResult badReason = api.requestClosure(caseId, """
                {"version": {version}, "reason": "BORED", "outcome": "OTHER"}""");

        assertThat(badDestination.getResponse().getStatus()).isEqualTo(400);
        assertThat(body(badDestination)).contains("destinationCodeKnown", "HMIS");
        assertThat(badReason.getResponse().getStatus()).isEqualTo(400);
        assertThat(body(badReason)).contains("reason", "GOALS_ACHIEVED, CLIENT_WITHDREW");
    }

    @Test
    void reopeningStartsANewEpisodeCancelsPendingFollowUpsAndCountsAsAReturn() {
        String caseId = api.openCase("program-1");
        MvcTestResult closed = api.close(caseId);
        assertThat(read(closed, "$.status")).as(body(closed)).isEqualTo("CLOSED");

        MvcTestResult reopened = api.post("/api/closure/cases/" + caseId + "/reopening", worker(), """
                {"version": %s, "reason": "NEW_NEEDS", "notes": "Lost the flat after the landlord sold it"}"""
                .formatted(api.version(caseId)));

        assertThat(reopened.getResponse().getStatus()).as(body(reopened)).isEqualTo(200);
        assertThat(read(reopened, "$.status")).isEqualTo("OPEN");
        assertThat(read(reopened, "$.episode")).isEqualTo("2");
        assertThat(read(reopened, "$.episodes[1].reopenNotes")).startsWith("Lost the flat");
        assertThat(JsonPath.<List<String>>read(body(reopened), "$.followUps[*].status"))
                .containsOnly("CANCELLED").hasSize(3);
        assertThat(topics.awaitPublished(EventCatalog.CASE_REOPENED, caseId, 1).getFirst().body())
                .contains("\"episode\":2", "\"reason\":\"NEW_NEEDS\"", "\"cancelledFollowUpIds\":[\"")
                .doesNotContain("landlord");
        assertThat(topics.awaitPublished(EventCatalog.RETURN_DETECTED, caseId, 1).getFirst().body())
                .contains("\"via\":\"REOPENED\"", "\"withinMonths\":6", "\"previousEpisode\":1",
                        "\"previousDestinationCategory\":\"PERMANENT\"");
        assertThat(JsonPath.<List<String>>read(body(api.readiness(caseId)), "$.missing"))
                .contains("DESTINATION_RECORDED");
        MvcTestResult twice = api.post("/api/closure/cases/" + caseId + "/reopening", worker(),
                "{\"version\": %s, \"reason\": \"NEW_NEEDS\"}".formatted(api.version(caseId)));
        assertThat(twice.getResponse().getStatus()).isEqualTo(409);
        assertThat(body(twice)).contains("case-open");
    }
}
