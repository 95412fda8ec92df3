package org.casemgmt.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.casemgmt.monitoring.MonitoringApi.body;
import static org.casemgmt.monitoring.MonitoringApi.read;
import static org.casemgmt.monitoring.MonitoringApi.supervisor;
import static org.casemgmt.monitoring.MonitoringApi.worker;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.casemgmt.events.EventCatalog;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import com.jayway.jsonpath.JsonPath;

import tools.jackson.databind.node.ObjectNode;

/** The queues as referral's and monitoring's events fill and empty them. */
class WorkQueueIT extends MonitoringIntegrationTestBase {

    private static final String PROVIDER_AGENCY = "queue-shelter";

    @Test
    void aProviderSeesTheReferralsWaitingForItsAnswerWithTheTimeLeftUntilItAnswers() {
        String caseId = api.caseWithApprovedPlan("program-1", PROVIDER_AGENCY);
        String referralId = UUID.randomUUID().toString();
        Instant respondBy = Instant.now().plusSeconds(3600);

        api.publish(EventCatalog.REFERRAL_REQUESTED, caseId, requested(caseId, referralId, respondBy));

        String provider = MonitoringApi.bearer("provider.pat", PROVIDER_AGENCY, "PROVIDER");
        await().untilAsserted(() -> assertThat(JsonPath.<List<String>>read(body(api.get(
                "/api/monitoring/work-queue", provider)), "$[*].subjectId")).contains(referralId));
        MvcTestResult queue = api.get("/api/monitoring/work-queue", provider);
        assertThat(JsonPath.<List<String>>read(body(queue), "$[?(@.subjectId == '" + referralId + "')].kind"))
                .containsExactly("REFERRAL_AWAITING_ANSWER");
        assertThat(JsonPath.<List<Boolean>>read(body(queue), "$[?(@.subjectId == '" + referralId + "')].overdue"))
                .containsExactly(false);

        api.publish(EventCatalog.REFERRAL_ACCEPTED, caseId, changed(caseId, referralId, "requested", "accepted"));

        await().untilAsserted(() -> assertThat(body(api.get("/api/monitoring/work-queue", provider)))
                .doesNotContain(referralId));
    }

    @Test
    void aClosureAwaitsASupervisorAndAFollowUpDueAwaitsTheCaseWorkerUntilClosureSaysTheyAreDone() {
        String caseId = api.caseWithApprovedPlan("program-1");
        String closureId = UUID.randomUUID().toString();
        String followUpId = UUID.randomUUID().toString();

        api.publish(EventCatalog.CLOSURE_REQUESTED, caseId, MonitoringApi.example(EventCatalog.CLOSURE_REQUESTED)
                .put("caseId", caseId).put("closureId", closureId));
        api.publish(EventCatalog.FOLLOWUP_DUE, caseId, MonitoringApi.example(EventCatalog.FOLLOWUP_DUE)
                .put("caseId", caseId).put("followUpId", followUpId));

        await().untilAsserted(() -> assertThat(JsonPath.<List<String>>read(body(api.get(
                "/api/monitoring/work-queue/team", supervisor())), "$[*].id")).contains("closure-" + closureId));
        await().untilAsserted(() -> assertThat(JsonPath.<List<String>>read(body(api.get(
                "/api/monitoring/work-queue", worker())), "$[?(@.caseId == '" + caseId + "')].link"))
                .containsExactly("/api/closure/cases/" + caseId + "/follow-ups"));

        api.publish(EventCatalog.CLOSURE_APPROVED, caseId, MonitoringApi.example(EventCatalog.CLOSURE_APPROVED)
                .put("caseId", caseId).put("closureId", closureId).put("decidedAt", Instant.now().toString()));
        api.publish(EventCatalog.FOLLOWUP_COMPLETED, caseId, MonitoringApi.example(EventCatalog.FOLLOWUP_COMPLETED)
                .put("caseId", caseId).put("followUpId", followUpId));

        await().untilAsserted(() -> assertThat(body(api.get("/api/monitoring/work-queue/team", supervisor())))
                .doesNotContain(closureId));
        await().untilAsserted(() -> assertThat(body(api.get("/api/monitoring/work-queue", worker())))
                .doesNotContain(followUpId));
        assertThat(JsonPath.<List<String>>read(body(api.get("/api/monitoring/cases/" + caseId + "/timeline",
                worker())), "$.content[*].summary")).contains("Closure approved");
    }

    @Test
    void anAnswerArrivingBeforeTheRequestLeavesNothingWaiting() {
        String caseId = api.caseWithApprovedPlan("program-1", PROVIDER_AGENCY);
        String referralId = UUID.randomUUID().toString();

        api.publish(EventCatalog.REFERRAL_DECLINED, caseId, changed(caseId, referralId, "requested", "rejected"));
        await().untilAsserted(() -> assertThat(body(api.get("/api/monitoring/work-queue", worker())))
                .contains("declined-" + referralId));
        api.publish(EventCatalog.REFERRAL_REQUESTED, caseId, requested(caseId, referralId,
                Instant.now().plusSeconds(3600)));
        api.publish(EventCatalog.GOAL_SET, caseId, MonitoringApi.example(EventCatalog.GOAL_SET).put("caseId", caseId)
                .put("goalId", "later-" + caseId));
        await().until(() -> body(api.get("/api/monitoring/cases/" + caseId + "/goals", worker()))
                .contains("later-" + caseId));

        assertThat(body(api.get("/api/monitoring/work-queue",
                MonitoringApi.bearer("provider.pat", PROVIDER_AGENCY, "PROVIDER")))).doesNotContain(referralId);
    }

    @Test
    void anExpiredReferralGoesToTheCaseWorkerAndItsEscalationToTheSupervisorsUntilSeenTo() {
        String caseId = api.caseWithApprovedPlan("program-1", PROVIDER_AGENCY);
        String referralId = UUID.randomUUID().toString();

        api.publish(EventCatalog.REFERRAL_EXPIRED, caseId, changed(caseId, referralId, "requested", "cancelled")
                .put("statusReason", "expired").put("changedBy", "referral-service"));
        api.publish(EventCatalog.REFERRAL_ESCALATED, caseId, MonitoringApi.example(EventCatalog.REFERRAL_ESCALATED)
                .put("caseId", caseId).put("referralId", referralId).put("agencyId", MonitoringApi.AGENCY));

        await().untilAsserted(() -> assertThat(body(api.get("/api/monitoring/work-queue", worker())))
                .contains("expired-" + referralId, "\"kind\":\"REFERRAL_EXPIRED\""));
        await().untilAsserted(() -> assertThat(body(api.get("/api/monitoring/work-queue/team", supervisor())))
                .contains("escalated-" + referralId));
        assertThat(api.get("/api/monitoring/work-queue/team", worker()).getResponse().getStatus()).isEqualTo(403);

        MvcTestResult done = api.post("/api/monitoring/work-queue/escalated-" + referralId + "/done", supervisor(),
                "{}");
        assertThat(read(done, "$.status")).isEqualTo("DONE");
        assertThat(body(api.get("/api/monitoring/work-queue/team", supervisor()))).doesNotContain(referralId);
        assertThat(api.post("/api/monitoring/work-queue/escalated-" + referralId + "/done",
                MonitoringApi.bearer("worker.bo", "agency-south", "CASE_WORKER"), "{}").getResponse().getStatus())
                .isEqualTo(404);
    }

    private static ObjectNode requested(String caseId, String referralId, Instant respondBy) {
        return MonitoringApi.example(EventCatalog.REFERRAL_REQUESTED).put("caseId", caseId).put("referralId", referralId)
                .put("receivingAgencyId", PROVIDER_AGENCY).put("requestingAgencyId", MonitoringApi.AGENCY)
                .put("respondBy", respondBy.toString()).putNull("replacesReferralId");
    }

    private static ObjectNode changed(String caseId, String referralId, String from, String to) {
        return MonitoringApi.example(EventCatalog.REFERRAL_ACCEPTED).put("caseId", caseId).put("referralId", referralId)
                .put("receivingAgencyId", PROVIDER_AGENCY).put("previousStatus", from).put("status", to);
    }
}
