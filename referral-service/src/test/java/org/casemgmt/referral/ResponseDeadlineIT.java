package org.casemgmt.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.casemgmt.referral.ReferralApi.body;
import static org.casemgmt.referral.ReferralApi.read;
import static org.casemgmt.referral.ReferralApi.supervisor;
import static org.casemgmt.referral.ReferralApi.worker;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.casemgmt.events.EventCatalog;
import org.casemgmt.referral.ReferralApi.Service;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.casemgmt.platform.testing.TimerInstances;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import com.jayway.jsonpath.JsonPath;

/**
 * Response deadlines on a real clock: the test program gives urgent referrals four seconds (src/test/resources). The
 * deadline is a timer in the referral's own document; these tests stop the service's poller and start fresh ones,
 * as a restarted instance or a second instance would be, and nothing but the store tells them what is due.
 */
class ResponseDeadlineIT extends ReferralIntegrationTestBase {

    private static final Instant NEXT_YEAR = Instant.parse("2027-12-31T00:00:00Z");
    private static final Duration PAST_THE_DEADLINE = Duration.ofMillis(4_500);

    @RegisterExtension
    final TimerInstances instances = new TimerInstances();
    private String providerAgency;
    private String serviceType;
    private Service first;
    private Service second;

    @BeforeEach
    void aProviderWithTwoServices() {
        providerAgency = "slow-shelter-" + UUID.randomUUID().toString().substring(0, 8);
        serviceType = ReferralApi.newServiceType();
        first = Service.of(serviceType, 4);
        second = Service.of(serviceType, 1);
        api.provider(providerAgency, first, second);
    }

    @Test
    void anUnansweredReferralIsRemindedThenExpiresIsEscalatedToTheSupervisorsAndCanBeRerouted() {
        String caseId = urgentCase();
        String referralId = read(api.refer(caseId, first.id(), "note"), "$.id");

        assertThat(topics.awaitPublished(EventCatalog.REFERRAL_REMINDED, caseId, 1).getFirst().body())
                .contains(referralId, providerAgency);
        assertThat(topics.awaitPublished(EventCatalog.REFERRAL_EXPIRED, caseId, 1).getFirst().body())
                .contains("\"status\":\"cancelled\"", "\"statusReason\":\"expired\"");
        assertThat(topics.awaitPublished(EventCatalog.REFERRAL_ESCALATED, caseId, 1).getFirst().body())
                .contains("\"escalatedTo\":\"SUPERVISOR\"", "\"reason\":\"no-response-by-deadline\"");
        MvcTestResult expired = api.get("/api/referral/referrals/" + referralId, worker());
        assertThat(read(expired, "$.status")).isEqualTo("cancelled");
        assertThat(read(expired, "$.escalated")).isEqualTo("true");
        assertThat(JsonPath.<List<String>>read(body(api.get("/api/referral/referrals?escalated=true",
                supervisor())), "$.content[*].id")).contains(referralId);
        await().untilAsserted(() -> assertThat(topics.awaitPublished(EventCatalog.CAPACITY_CHANGED, first.id(), 1)
                .getLast().body()).contains("\"held\":0"));

        MvcTestResult rerouted = api.post("/api/referral/referrals/" + referralId + "/reroute", supervisor(),
                "{\"version\": %d, \"note\": \"First shelter never answered\"}".formatted(api.version(referralId)));

        assertThat(rerouted.getResponse().getStatus()).as(body(rerouted)).isEqualTo(201);
        assertThat(read(rerouted, "$.serviceId")).isEqualTo(second.id());
        assertThat(JsonPath.<List<String>>read(body(api.get("/api/referral/referrals?escalated=true",
                supervisor())), "$.content[*].id")).doesNotContain(referralId);
    }

    @Test
    void aDeadlineThatPassedWhileNoInstanceWasRunningFiresOnceWhenOneStarts() throws InterruptedException {
        instances.stopTheServicesOwn();
        String caseId = urgentCase();
        String referralId = read(api.refer(caseId, first.id(), "note"), "$.id");

        Thread.sleep(PAST_THE_DEADLINE.toMillis());
        assertThat(read(api.get("/api/referral/referrals/" + referralId, worker()), "$.status"))
                .as("nothing fires while the service is down").isEqualTo("requested");

        instances.startAnother();

        topics.awaitPublished(EventCatalog.REFERRAL_EXPIRED, caseId, 1);
        topics.awaitPublished(EventCatalog.REFERRAL_ESCALATED, caseId, 1);
        Thread.sleep(1_000);
        assertThat(topics.eventIds(EventCatalog.REFERRAL_EXPIRED.topic(), caseId)).hasSize(1);
        assertThat(topics.eventIds(EventCatalog.REFERRAL_ESCALATED.topic(), caseId)).hasSize(1);
    }

    @Test
    void twoInstancesRunningTogetherExpireEachReferralOnce() throws InterruptedException {
        instances.stopTheServicesOwn();
        List<String> cases = List.of(urgentCase(), urgentCase(), urgentCase());
        cases.forEach(caseId -> assertThat(api.refer(caseId, first.id(), "note").getResponse().getStatus())
                .isEqualTo(201));
        Thread.sleep(PAST_THE_DEADLINE.toMillis());

        instances.startAnother();
        instances.startAnother();

        for (String caseId : cases) {
            topics.awaitPublished(EventCatalog.REFERRAL_EXPIRED, caseId, 1);
        }
        Thread.sleep(1_000);
        for (String caseId : cases) {
            assertThat(topics.eventIds(EventCatalog.REFERRAL_EXPIRED.topic(), caseId)).as(caseId).hasSize(1);
            assertThat(topics.eventIds(EventCatalog.REFERRAL_ESCALATED.topic(), caseId)).as(caseId).hasSize(1);
            assertThat(topics.eventIds(EventCatalog.REFERRAL_REMINDED.topic(), caseId))
                    .as("no reminder once the deadline has passed").isEmpty();
        }
    }

    private String urgentCase() {
        return api.caseWithGoal(serviceType, "URGENT", ReferralApi.QUICK_PROGRAM, NEXT_YEAR, providerAgency);
    }

}
