package org.casemgmt.closure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.casemgmt.closure.ClosureApi.body;
import static org.casemgmt.closure.ClosureApi.read;
import static org.casemgmt.closure.ClosureApi.supervisor;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.casemgmt.events.EventCatalog;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import com.jayway.jsonpath.JsonPath;

/**
 * What managers and funders read of how cases went: one case's evaluation against figures worked out by hand, a
 * program's outcomes over a period with the clients who came back, and what survives a client's erasure.
 */
class OutcomesAndReturnsIT extends ClosureIntegrationTestBase {

    @Test
    void aClosedCasesOutcomeIsTheOneWorkedOutByHand() {
        Instant openedAt = Instant.now().minus(Duration.ofDays(100));
        String caseId = api.openCase("program-1", "client-" + UUID.randomUUID(), openedAt);
        api.goalSet(caseId, "goal-housing");
        api.goalSet(caseId, "goal-income");
        api.goalSet(caseId, "goal-health");
        api.goalAchieved(caseId, "goal-housing");
        api.goalAchieved(caseId, "goal-income");
        api.goalAbandoned(caseId, "goal-health");
        api.referralRequested(caseId, "referral-shelter", openedAt.plus(Duration.ofDays(2)));
        api.referralChanged(EventCatalog.REFERRAL_COMPLETED, caseId, "referral-shelter", "completed",
                openedAt.plus(Duration.ofDays(40)));
        api.referralRequested(caseId, "referral-clinic", openedAt.plus(Duration.ofDays(3)));
        api.referralChanged(EventCatalog.REFERRAL_DECLINED, caseId, "referral-clinic", "rejected",
                openedAt.plus(Duration.ofDays(4)));
        api.assessed(caseId, "PHQ-9", 18, openedAt.plus(Duration.ofDays(1)));
        api.assessed(caseId, "GAD-7", 15, openedAt.plus(Duration.ofDays(1)));
        api.assessed(caseId, "PHQ-9", 11, openedAt.plus(Duration.ofDays(50)));
        api.assessed(caseId, "PHQ-9", 7, openedAt.plus(Duration.ofDays(99)));
        api.assessed(caseId, "GAD-7", 9, openedAt.plus(Duration.ofDays(99)));
        await().until(() -> JsonPath.<List<String>>read(body(api.readiness(caseId)), "$.missing").size() == 2);

        MvcTestResult closed = api.close(caseId);
        assertThat(read(closed, "$.status")).as(body(closed)).isEqualTo("CLOSED");

        // By hand: 3 goals, 2 achieved, 1 abandoned; PHQ-9 18 → 7 over 3 administrations (-11), GAD-7 15 → 9 over 2
        // (-6); opened 100 days before the closure; 2 referrals, 1 completed; rental without subsidy (410) is
        // PERMANENT; 3 follow-ups scheduled (30, 90, 180 days), none recorded yet.
        MvcTestResult outcome = api.get("/api/closure/cases/" + caseId + "/outcome", ClosureApi.worker());
        String episode = "$.episodes[0]";
        assertThat(read(outcome, episode + ".goalsTotal")).isEqualTo("3");
        assertThat(read(outcome, episode + ".goalsMet")).isEqualTo("2");
        assertThat(read(outcome, episode + ".goalsAbandoned")).isEqualTo("1");
        assertThat(read(outcome, episode + ".daysOpen")).isEqualTo("100");
        assertThat(read(outcome, episode + ".destinationCategory")).isEqualTo("PERMANENT");
        assertThat(read(outcome, episode + ".referralsSent")).isEqualTo("2");
        assertThat(read(outcome, episode + ".referralsCompleted")).isEqualTo("1");
        assertThat(read(outcome, episode + ".followUpsScheduled")).isEqualTo("3");
        assertThat(JsonPath.<List<Map<String, Object>>>read(body(outcome), episode + ".instrumentChanges"))
                .containsExactly(
                        Map.of("instrumentId", "GAD-7", "firstScore", 15, "lastScore", 9, "change", -6,
                                "administrations", 2),
                        Map.of("instrumentId", "PHQ-9", "firstScore", 18, "lastScore", 7, "change", -11,
                                "administrations", 3));
        assertThat(topics.awaitPublished(EventCatalog.OUTCOME_EVALUATED, caseId, 1).getFirst().body()).contains(
                "\"goalsMet\":2", "\"goalsTotal\":3", "\"daysOpen\":100", "\"referralsCompleted\":1",
                "{\"instrumentId\":\"PHQ-9\",\"firstScore\":18,\"lastScore\":7,\"change\":-11,\"administrations\":3}");
    }

    @Test
    void anExitAssessmentWhoseEventArrivesAfterTheClosureIsInTheOutcomeAsItsNextRevision() {
        Instant openedAt = Instant.now().minus(Duration.ofDays(30));
        String caseId = api.openCase("program-1", "client-" + UUID.randomUUID(), openedAt);
        api.goalSet(caseId, "goal-housing");
        api.goalAchieved(caseId, "goal-housing");
        // Closure has heard of no assessment yet: none is awaiting its exit assessment, and the case may close.
        await().until(() -> JsonPath.<List<String>>read(body(api.readiness(caseId)), "$.missing").size() == 2);
        assertThat(read(api.close(caseId), "$.status")).isEqualTo("CLOSED");
        topics.awaitPublished(EventCatalog.OUTCOME_EVALUATED, caseId, 1);

        // Both administrations happened before the closure; their events were still on their way.
        api.assessed(caseId, "PHQ-9", 16, openedAt.plus(Duration.ofDays(1)));
        api.assessed(caseId, "PHQ-9", 6, openedAt.plus(Duration.ofDays(29)));

        String revised = topics.awaitPublished(EventCatalog.OUTCOME_EVALUATED, caseId, 3).getLast().body();
        assertThat(revised).contains("\"revision\":3",
                "{\"instrumentId\":\"PHQ-9\",\"firstScore\":16,\"lastScore\":6,\"change\":-10,\"administrations\":2}");
        MvcTestResult outcome = api.get("/api/closure/cases/" + caseId + "/outcome", ClosureApi.worker());
        assertThat(read(outcome, "$.episodes[0].revision")).isEqualTo("3");
        assertThat(read(outcome, "$.episodes[0].instrumentChanges[0].administrations")).isEqualTo("2");
    }

    @Test
    void aNewCaseForAClientWhoseCaseTheAgencyClosedIsAReturnCountedInTheProgramsOutcomes() {
        String program = "program-" + UUID.randomUUID();
        String client = "client-" + UUID.randomUUID();
        Instant from = Instant.now().minusSeconds(60);
        String first = api.openCase(program, client, Instant.now().minus(Duration.ofDays(40)));
        api.close(first);
        String stayedAway = api.openCase(program);
        api.close(stayedAway);

        String second = api.openCase("program-other", client, Instant.now());

        assertThat(topics.awaitPublished(EventCatalog.RETURN_DETECTED, second, 1).getFirst().body()).contains(
                "\"via\":\"NEW_CASE\"", "\"previousCaseId\":\"" + first + "\"", "\"withinMonths\":6",
                "\"previousProgramId\":\"" + program + "\"", "\"clientId\":\"" + client + "\"");
        assertThat(read(api.get("/api/closure/cases/" + second + "/outcome", ClosureApi.worker()),
                "$.returnedFrom.previousCaseId")).isEqualTo(first);
        String period = "/api/closure/outcomes?programId=" + program + "&from=" + from + "&to="
                + Instant.now().plusSeconds(60);
        MvcTestResult outcomes = api.get(period, supervisor());
        assertThat(outcomes.getResponse().getStatus()).as(body(outcomes)).isEqualTo(200);
        assertThat(read(outcomes, "$.episodesClosed")).isEqualTo("2");
        assertThat(read(outcomes, "$.returnedWithin.6")).isEqualTo("1");
        assertThat(read(outcomes, "$.returnedWithin.24")).isEqualTo("1");
        assertThat(read(outcomes, "$.destinationCategories.PERMANENT")).isEqualTo("2");
        assertThat(read(outcomes, "$.medianDaysOpen")).isEqualTo("20.0");
        assertThat(read(outcomes, "$.averageDaysOpen")).isEqualTo("20.0");
        assertThat(read(api.get(period, ClosureApi.bearer("staff-9", "agency-elsewhere", "SUPERVISOR")),
                "$.episodesClosed")).as("another agency sees none of it").isEqualTo("0");
    }

    @Test
    void anErasedClientsWordsAreGoneButTheFiguresStay() {
        String client = "client-" + UUID.randomUUID();
        String caseId = api.openCase("program-1", client, Instant.now());
        api.goalMet(caseId);
        api.planTransition(caseId, """
                {"version": {version}, "destinationCode": 410, "followUpContactAgreed": true,
                 "supportContacts": "Her sister Ana on 555-0100"}""");
        MvcTestResult requested = api.requestClosure(caseId, """
                {"version": {version}, "reason": "GOALS_ACHIEVED", "outcome": "GOALS_ACHIEVED"}""");
        api.approve(caseId, read(requested, "$.requests[0].closureId"), supervisor());
        assertThat(read(api.closure(caseId), "$.transitionPlan.supportContacts")).contains("Ana");

        api.publish(EventCatalog.CLIENT_ERASED, client, ClosureApi.example(EventCatalog.CLIENT_ERASED)
                .put("clientId", client).put("agencyId", ClosureApi.AGENCY));

        await().untilAsserted(() -> assertThat(read(api.closure(caseId), "$.transitionPlan.supportContacts"))
                .isNull());
        assertThat(read(api.closure(caseId), "$.clientErased")).isEqualTo("true");
        MvcTestResult outcome = api.get("/api/closure/cases/" + caseId + "/outcome", ClosureApi.worker());
        assertThat(read(outcome, "$.episodes[0].destinationCategory")).isEqualTo("PERMANENT");
        assertThat(read(outcome, "$.episodes[0].followUpsScheduled")).isEqualTo("3");
    }
}
