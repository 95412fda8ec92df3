package org.casemgmt.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.casemgmt.monitoring.MonitoringApi.body;
import static org.casemgmt.monitoring.MonitoringApi.read;
import static org.casemgmt.monitoring.MonitoringApi.supervisor;
import static org.casemgmt.monitoring.MonitoringApi.worker;

import java.time.Clock;
import java.util.List;

import org.casemgmt.events.EventCatalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.casemgmt.platform.testing.TimerInstances;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import com.jayway.jsonpath.JsonPath;

/**
 * Reviews on a real clock: the test program reviews every 10 s, announces a review 5 s ahead and calls a case stale
 * after 7 s without a contact (src/test/resources). The schedule is a timer in the case's own document; these tests
 * stop the service's poller and start fresh ones, as a restarted or a second instance would be.
 */
class ReviewScheduleIT extends MonitoringIntegrationTestBase {

    @Autowired
    Clock clock;

    @RegisterExtension
    final TimerInstances instances = new TimerInstances();

    @Test
    void theApprovedPlanSchedulesAReviewWhichFallsDueThenOverdueAndItsCompletionAsksPlanningForARevision() {
        String caseId = api.caseWithApprovedPlan("program-quick");

        assertThat(topics.awaitPublished(EventCatalog.REVIEW_SCHEDULED, caseId, 1).getFirst().body())
                .contains("\"reason\":\"PLAN_APPROVED\"");
        String reviewId = read(api.get("/api/monitoring/cases/" + caseId + "/reviews", worker()), "$.next.reviewId");
        topics.awaitPublished(EventCatalog.REVIEW_DUE, caseId, 1);
        await().untilAsserted(() -> assertThat(JsonPath.<List<String>>read(body(api.get("/api/monitoring/work-queue",
                worker())), "$[*].id")).contains("review-due-" + reviewId));
        topics.awaitPublished(EventCatalog.REVIEW_OVERDUE, caseId, 1);
        await().untilAsserted(() -> assertThat(JsonPath.<List<String>>read(body(api.get(
                "/api/monitoring/work-queue/team", supervisor())), "$[*].id")).contains("review-overdue-" + reviewId));
        MvcTestResult reviews = api.get("/api/monitoring/cases/" + caseId + "/reviews", worker());
        assertThat(read(reviews, "$.next.state")).isEqualTo("OVERDUE");

        MvcTestResult completed = api.post("/api/monitoring/cases/" + caseId + "/reviews/" + reviewId + "/completion",
                worker(), """
                        {"version": %s, "outcome": "REVISE_PLAN", "notes": "Maria found work at the bakery",
                         "adjustments": [{"kind": "ADD_GOAL", "needDomain": "EDUCATION_EMPLOYMENT",
                                          "description": "Keep Maria's bakery job"}]}"""
                        .formatted(read(reviews, "$.version")));

        assertThat(completed.getResponse().getStatus()).as(body(completed)).isEqualTo(200);
        String event = topics.awaitPublished(EventCatalog.REVIEW_COMPLETED, caseId, 1).getFirst().body();
        assertThat(event).contains("\"outcome\":\"REVISE_PLAN\"", "\"kind\":\"ADD_GOAL\"").doesNotContain("bakery");
        assertThat(topics.awaitPublished(EventCatalog.REVIEW_SCHEDULED, caseId, 2).getLast().body())
                .contains("\"reason\":\"CADENCE\"");
        assertThat(read(completed, "$.completed[0].notes")).isEqualTo("Maria found work at the bakery");
        await().untilAsserted(() -> assertThat(JsonPath.<List<String>>read(body(api.get(
                "/api/monitoring/work-queue/team", supervisor())), "$[*].id")).doesNotContain("review-overdue-"
                + reviewId));
    }

    @Test
    void aCaseWithoutContactGoesStaleOnceAndAContactEndsTheTask() {
        String caseId = api.caseWithApprovedPlan("program-quick");

        String stale = topics.awaitPublished(EventCatalog.CASE_STALE, caseId, 1).getFirst().body();
        assertThat(stale).contains("\"staleAfterDays\":1", "\"lastContactAt\":null");
        await().untilAsserted(() -> assertThat(body(api.get("/api/monitoring/work-queue", worker())))
                .contains("\"kind\":\"CASE_STALE\"", caseId));

        api.post("/api/monitoring/cases/" + caseId + "/contacts", worker(),
                "{\"occurredAt\": \"%s\", \"medium\": \"PHONE\", \"contactMade\": true}".formatted(clock.instant()));

        await().untilAsserted(() -> assertThat(body(api.get("/api/monitoring/work-queue", worker())))
                .doesNotContain(caseId));
    }

    @Test
    void aReviewThatCameDueWhileNoInstanceRanIsAnnouncedOnceWhenOneStarts() throws InterruptedException {
        instances.stopTheServicesOwn();
        String caseId = api.caseWithApprovedPlan("program-quick");

        Thread.sleep(11_000);
        assertThat(topics.eventIds(EventCatalog.REVIEW_OVERDUE.topic(), caseId)).isEmpty();

        instances.startAnother();

        topics.awaitPublished(EventCatalog.REVIEW_OVERDUE, caseId, 1);
        Thread.sleep(1_000);
        assertThat(topics.eventIds(EventCatalog.REVIEW_DUE.topic(), caseId)).hasSize(1);
        assertThat(topics.eventIds(EventCatalog.REVIEW_OVERDUE.topic(), caseId)).hasSize(1);
        assertThat(topics.eventIds(EventCatalog.CASE_STALE.topic(), caseId)).hasSize(1);
    }

    @Test
    void twoInstancesRunningTogetherAnnounceEachReviewOnce() throws InterruptedException {
        instances.stopTheServicesOwn();
        List<String> cases = List.of(api.caseWithApprovedPlan("program-quick"),
                api.caseWithApprovedPlan("program-quick"), api.caseWithApprovedPlan("program-quick"));
        Thread.sleep(11_000);

        instances.startAnother();
        instances.startAnother();

        for (String caseId : cases) {
            topics.awaitPublished(EventCatalog.REVIEW_OVERDUE, caseId, 1);
        }
        Thread.sleep(1_000);
        for (String caseId : cases) {
            assertThat(topics.eventIds(EventCatalog.REVIEW_DUE.topic(), caseId)).as(caseId).hasSize(1);
            assertThat(topics.eventIds(EventCatalog.REVIEW_OVERDUE.topic(), caseId)).as(caseId).hasSize(1);
        }
    }

}
