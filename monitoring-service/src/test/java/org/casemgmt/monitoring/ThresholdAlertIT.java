package org.casemgmt.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.casemgmt.monitoring.MonitoringApi.body;
import static org.casemgmt.monitoring.MonitoringApi.read;
import static org.casemgmt.monitoring.MonitoringApi.worker;

import java.time.Instant;

import org.casemgmt.events.EventCatalog;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * A PHQ-9 answer that signals danger, end to end inside monitoring: threshold.crossed alerts the care team, an urgent
 * task waits in the case worker's queue under the event's task id, and the next review comes within days.
 */
class ThresholdAlertIT extends MonitoringIntegrationTestBase {

    @Test
    void item9AboveZeroPutsAnUrgentTaskInTheCaseWorkersQueueAndBringsTheReviewForward() {
        String caseId = api.caseWithApprovedPlan("program-1");
        String scheduledFirst = topics.awaitPublished(EventCatalog.REVIEW_SCHEDULED, caseId, 1).getFirst().body();
        assertThat(scheduledFirst).contains("\"reason\":\"PLAN_APPROVED\"");

        MvcTestResult scored = api.post("/api/monitoring/cases/" + caseId + "/assessments", worker(), """
                {"instrumentId": "PHQ-9", "answers": [{"itemId": "1", "score": 1}, {"itemId": "2", "score": 1},
                 {"itemId": "3", "score": 0}, {"itemId": "4", "score": 0}, {"itemId": "5", "score": 0},
                 {"itemId": "6", "score": 0}, {"itemId": "7", "score": 0}, {"itemId": "8", "score": 0},
                 {"itemId": "9", "score": 1}]}""");

        assertThat(scored.getResponse().getStatus()).as(body(scored)).isEqualTo(201);
        String crossed = topics.awaitPublished(EventCatalog.THRESHOLD_CROSSED, caseId, 1).getFirst().body();
        assertThat(crossed).contains("\"kind\":\"ITEM\"", "\"trigger\":\"9\"", "\"severity\":\"URGENT\"");
        String taskId = crossed.replaceAll(".*\"taskId\":\"([^\"]+)\".*", "$1");
        await().untilAsserted(() -> assertThat(body(api.get("/api/monitoring/work-queue", worker())))
                .contains(taskId, "\"kind\":\"THRESHOLD_CROSSED\"", "\"urgency\":\"URGENT\""));
        String forward = topics.awaitPublished(EventCatalog.REVIEW_SCHEDULED, caseId, 2).getLast().body();
        assertThat(forward).contains("\"reason\":\"THRESHOLD_CROSSED\"");
        Instant dueAt = Instant.parse(read(api.get("/api/monitoring/cases/" + caseId + "/reviews", worker()),
                "$.next.dueAt"));
        assertThat(dueAt).isBefore(Instant.now().plusSeconds(3 * 24 * 3600));

        MvcTestResult seenTo = api.post("/api/monitoring/work-queue/" + taskId + "/done", worker(), "{}");
        assertThat(read(seenTo, "$.status")).isEqualTo("DONE");
    }
}
