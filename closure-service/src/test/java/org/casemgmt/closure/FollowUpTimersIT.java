package org.casemgmt.closure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.casemgmt.closure.ClosureApi.body;
import static org.casemgmt.closure.ClosureApi.read;
import static org.casemgmt.closure.ClosureApi.worker;

import java.time.Duration;
import java.util.List;

import org.casemgmt.events.EventCatalog;
import org.casemgmt.platform.testing.TimerInstances;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Follow-ups on a real clock: the test program's come 3 s and 6 s after closure and are missed 4 s after they fall
 * due (src/test/resources). They are the case document's durable timer; these tests stop the service's poller and
 * start fresh ones, as a restarted or a second instance would be.
 */
class FollowUpTimersIT extends ClosureIntegrationTestBase {

    @RegisterExtension
    final TimerInstances instances = new TimerInstances();

    @Test
    void followUpsFallDueOneIsRecordedTheOtherIsMissedAndEachResultReevaluatesTheOutcome() throws InterruptedException {
        String caseId = api.openCase("program-quick");
        api.close(caseId);
        List<String> followUps = List.of(read(api.closure(caseId), "$.followUps[0].followUpId"),
                read(api.closure(caseId), "$.followUps[1].followUpId"));

        assertThat(topics.awaitPublished(EventCatalog.FOLLOWUP_DUE, caseId, 1).getFirst().body())
                .contains(followUps.getFirst(), "\"sequence\":1");
        MvcTestResult withoutMethod = api.post("/api/closure/cases/" + caseId + "/follow-ups/" + followUps.getFirst()
                + "/result", worker(), "{\"result\": \"COMPLETED\", \"reached\": true}");
        assertThat(withoutMethod.getResponse().getStatus()).as(body(withoutMethod)).isEqualTo(400);
        // The console shows this message beside its method field under this name.
        assertThat(read(withoutMethod, "$.errors[0].field")).isEqualTo("methodGivenForAContact");
        assertThat(read(withoutMethod, "$.errors[0].message")).isEqualTo("a contact that was made names its method");
        MvcTestResult recorded = api.post("/api/closure/cases/" + caseId + "/follow-ups/" + followUps.getFirst()
                + "/result", worker(), """
                {"result": "COMPLETED", "method": "PHONE", "reached": true, "stillStable": true,
                 "destinationCategory": "PERMANENT", "notes": "Maria is settled and working at the bakery"}""");

        assertThat(recorded.getResponse().getStatus()).as(body(recorded)).isEqualTo(200);
        assertThat(read(recorded, "$.status")).isEqualTo("COMPLETED");
        assertThat(topics.awaitPublished(EventCatalog.FOLLOWUP_COMPLETED, caseId, 1).getFirst().body())
                .contains("\"reached\":true", "\"method\":\"PHONE\"").doesNotContain("bakery");
        assertThat(topics.awaitPublished(EventCatalog.FOLLOWUP_MISSED, caseId, 1).getFirst().body())
                .contains(followUps.getLast(), "\"sequence\":2");
        Thread.sleep(1_000);
        assertThat(topics.eventIds(EventCatalog.FOLLOWUP_DUE.topic(), caseId)).hasSize(2);
        assertThat(topics.eventIds(EventCatalog.FOLLOWUP_MISSED.topic(), caseId)).hasSize(1);
        assertThat(topics.awaitPublished(EventCatalog.OUTCOME_EVALUATED, caseId, 3).getLast().body())
                .contains("\"revision\":3", "\"followUpsReached\":1", "\"followUpsNotReached\":1");
        MvcTestResult again = api.post("/api/closure/cases/" + caseId + "/follow-ups/" + followUps.getFirst()
                + "/result", worker(), "{\"result\": \"DECLINED\", \"reached\": true}");
        assertThat(again.getResponse().getStatus()).isEqualTo(409);
        assertThat(body(again)).contains("follow-up-completed");
    }

    @Test
    void followUpsThatCameDueWhileNoInstanceRanAreAnnouncedOnceWhenOneStarts() throws InterruptedException {
        instances.stopTheServicesOwn();
        String caseId = api.openCase("program-quick");
        api.close(caseId);

        Thread.sleep(7_000);
        assertThat(topics.eventIds(EventCatalog.FOLLOWUP_DUE.topic(), caseId)).isEmpty();

        instances.startAnother();

        topics.awaitPublished(EventCatalog.FOLLOWUP_DUE, caseId, 2);
        Thread.sleep(1_000);
        assertThat(topics.eventIds(EventCatalog.FOLLOWUP_DUE.topic(), caseId)).hasSize(2);
    }

    @Test
    void twoInstancesRunningTogetherAnnounceEachFollowUpOnce() throws InterruptedException {
        instances.stopTheServicesOwn();
        List<String> cases = List.of(api.openCase("program-quick"), api.openCase("program-quick"),
                api.openCase("program-quick"));
        cases.forEach(api::close);
        Thread.sleep(7_000);

        instances.startAnother();
        instances.startAnother();

        for (String caseId : cases) {
            topics.awaitPublished(EventCatalog.FOLLOWUP_DUE, caseId, 2);
        }
        Thread.sleep(1_000);
        for (String caseId : cases) {
            assertThat(topics.eventIds(EventCatalog.FOLLOWUP_DUE.topic(), caseId)).as(caseId).hasSize(2);
        }
    }

    @Test
    void reopeningCancelsThePendingFollowUpsSoNoneFallsDue() throws InterruptedException {
        String caseId = api.openCase("program-quick");
        api.close(caseId);

        api.post("/api/closure/cases/" + caseId + "/reopening", worker(),
                "{\"version\": %s, \"reason\": \"CRISIS\"}".formatted(api.version(caseId)));

        Thread.sleep(Duration.ofSeconds(7));
        assertThat(topics.eventIds(EventCatalog.FOLLOWUP_DUE.topic(), caseId)).isEmpty();
        await().untilAsserted(() -> assertThat(read(api.closure(caseId), "$.followUps[1].status"))
                .isEqualTo("CANCELLED"));
    }
}
