package org.casemgmt.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.casemgmt.monitoring.MonitoringApi.AGENCY;
import static org.casemgmt.monitoring.MonitoringApi.bearer;
import static org.casemgmt.monitoring.MonitoringApi.body;
import static org.casemgmt.monitoring.MonitoringApi.example;
import static org.casemgmt.monitoring.MonitoringApi.read;
import static org.casemgmt.monitoring.MonitoringApi.worker;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.casemgmt.events.EventCatalog;
import org.casemgmt.events.EventType;
import org.casemgmt.events.PlatformService;
import org.casemgmt.events.monitoring.v1.NoteRecorded;
import org.casemgmt.monitoring.feed.CaseEventProjection;
import org.casemgmt.platform.inbox.IncomingEvent;
import org.casemgmt.platform.testing.TopicProbe;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import com.jayway.jsonpath.JsonPath;

import tools.jackson.databind.node.ObjectNode;

/**
 * The case timeline: one entry per event however often it is delivered, in the order things happened whatever order
 * they arrived in, as of any moment, for the case's agency and the providers its client's consent covers.
 */
class TimelineIT extends MonitoringIntegrationTestBase {

    private static final String PROVIDER_AGENCY = "timeline-provider";
    /** The entries of the events the tests publish, without those monitoring's own features add as they react. */
    private static final String OTHER_STAGES = "$.content[?(@.stage != 'monitoring')]";

    @Autowired
    List<CaseEventProjection> projections;

    @Test
    void eventsDeliveredTwiceAndOutOfOrderMakeOneEntryEachInTheOrderTheyHappened() {
        History history = caseWithHistory();

        MvcTestResult timeline = api.get(timeline(history.caseId()), worker());

        assertThat(timeline.getResponse().getStatus()).as(body(timeline)).isEqualTo(200);
        assertThat(this.<List<String>>json(timeline, OTHER_STAGES + ".topic"))
                .containsExactly("case.opened", "plan.approved", "goal.set", "plan.approved");
        assertThat(this.<List<String>>json(timeline, OTHER_STAGES + ".summary")).containsExactly(
                "Case opened (program-1, priority HIGH)", "Plan version 1 approved", "Goal HOUSING set (priority HIGH)",
                "Plan version 2 approved");
        assertThat(this.<List<String>>json(timeline, OTHER_STAGES + ".occurredAt")).containsExactly(
                history.at(0).toString(), history.at(1).toString(), history.at(2).toString(),
                history.at(3).toString());
        assertThat(this.<List<String>>json(timeline, OTHER_STAGES + ".id"))
                .startsWith(history.openedEventId(), history.approvedEventId());
        assertThat(this.<List<String>>json(timeline, OTHER_STAGES + ".stage"))
                .containsExactly("intake", "planning", "planning", "planning");
        assertThat(read(timeline, "$.content[1].actor")).isEqualTo("staff-0007");
        assertThat(read(timeline, "$.content[1].link"))
                .isEqualTo("/api/planning/plans/plan-of-" + history.caseId() + "/versions/1");
        assertThat(topics.withKey(EventCatalog.PLAN_APPROVED.deadLetterTopic(), history.caseId()))
                .as("the repeat, handled before the second approval behind it, was no failure").isEmpty();
    }

    @Test
    void asOfAPastMomentShowsWhatHadHappenedByThenWheneverItArrived() {
        History history = caseWithHistory();

        assertThat(topicsAsOf(history.caseId(), history.at(1).toString()))
                .as("inclusive").containsExactly("case.opened", "plan.approved");
        assertThat(topicsAsOf(history.caseId(), history.at(1).minusMillis(1).toString()))
                .containsExactly("case.opened");
        assertThat(topicsAsOf(history.caseId(), history.at(0).minusSeconds(1).toString())).isEmpty();

        String withOffset = history.at(2).atOffset(ZoneOffset.ofHours(2)).toString();
        MvcTestResult encoded = mvc.get().uri(URI.create(timeline(history.caseId()) + "?asOf="
                + withOffset.replace(":", "%3A").replace("+", "%2B"))).header("Authorization", worker()).exchange();
        assertThat(this.<List<String>>json(encoded, "$.content[*].topic")).as("RFC 3339 with an offset")
                .containsExactly("case.opened", "plan.approved", "goal.set");
    }

    @Test
    void withoutAsOfTheTimelineStopsNow() {
        History history = caseWithHistory();
        Instant tomorrow = Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        api.publish(EventCatalog.GOAL_ACHIEVED, history.caseId(), example(EventCatalog.GOAL_ACHIEVED)
                .put("caseId", history.caseId()).put("achievedAt", tomorrow.toString()));

        await().until(() -> topicsAsOf(history.caseId(), tomorrow.toString()).contains("goal.achieved"));
        assertThat(this.<List<String>>json(api.get(timeline(history.caseId()), worker()), "$.content[*].topic"))
                .contains("case.opened").doesNotContain("goal.achieved");
    }

    @Test
    void theTimelineIsPagedInTheSameOrder() {
        History history = caseWithHistory();

        MvcTestResult first = api.get(timeline(history.caseId()) + "?page=0&size=2", worker());
        MvcTestResult second = api.get(timeline(history.caseId()) + "?page=1&size=2&sort=summary,desc", worker());

        assertThat(this.<List<String>>json(first, "$.content[*].topic"))
                .containsExactly("case.opened", "plan.approved");
        assertThat(this.<List<String>>json(second, "$.content[*].topic")).as("sort is ignored")
                .containsExactly("goal.set", "plan.approved");
        assertThat(read(second, "$.page.size")).isEqualTo("2");
        assertThat(read(second, "$.page.number")).isEqualTo("1");
    }

    @Test
    void anAsOfThatIsNoMomentIsRefused() {
        String caseId = api.caseWithApprovedPlan("program-1");

        assertThat(api.get(timeline(caseId) + "?asOf=yesterday", worker()).getResponse().getStatus()).isEqualTo(400);
    }

    @Test
    void theCasesAgencyAndAProviderItsClientsConsentCoversSeeItNobodyElse() {
        String caseId = api.caseWithApprovedPlan("program-1", PROVIDER_AGENCY);
        await().until(() -> this.<List<String>>json(api.get(timeline(caseId), worker()), OTHER_STAGES + ".topic")
                .size() == 3);

        assertThat(status(caseId, worker())).isEqualTo(200);
        assertThat(status(caseId, MonitoringApi.supervisor())).isEqualTo(200);
        assertThat(status(caseId, bearer("admin-1", AGENCY, "AGENCY_ADMIN"))).isEqualTo(200);
        MvcTestResult providers = api.get(timeline(caseId), bearer("provider-1", PROVIDER_AGENCY, "PROVIDER"));
        assertThat(this.<List<String>>json(providers, OTHER_STAGES + ".topic"))
                .containsExactly("case.opened", "goal.set", "plan.approved");
        assertThat(status(caseId, bearer("provider-2", "uncovered-provider", "PROVIDER"))).isEqualTo(404);
        assertThat(status(caseId, bearer("worker-9", "agency-elsewhere", "CASE_WORKER"))).isEqualTo(404);
        assertThat(status(caseId, bearer("auditor-1", AGENCY, "AUDITOR"))).isEqualTo(403);
        assertThat(status(UUID.randomUUID().toString(), worker())).isEqualTo(404);
    }

    @Test
    void aProviderDoesNotSeeTheConfidentialNotesTheCasesAgencyDoes() {
        String caseId = api.caseWithApprovedPlan("program-1", PROVIDER_AGENCY);
        Instant written = Instant.now().minusSeconds(60).truncatedTo(ChronoUnit.MILLIS);
        IncomingEvent<NoteRecorded> confidential = note(caseId, true, written);
        // a later save that still carries the event hands it to the projections again
        ownEvent(confidential);
        ownEvent(confidential);
        ownEvent(note(caseId, false, written.plusSeconds(1)));

        List<String> agencySees = json(api.get(timeline(caseId), worker()), "$.content[*].summary");
        List<String> providerSees = json(api.get(timeline(caseId), bearer("provider-1", PROVIDER_AGENCY, "PROVIDER")),
                "$.content[*].summary");

        assertThat(agencySees).filteredOn(summary -> summary.endsWith("ote recorded"))
                .containsExactly("Confidential note recorded", "Note recorded");
        assertThat(providerSees).filteredOn(summary -> summary.endsWith("ote recorded"))
                .containsExactly("Note recorded");
    }

    @Test
    void everyReadOfATimelineIsOnTheAuditTrailWithItsAsOf() {
        String caseId = api.caseWithApprovedPlan("program-1");
        String reader = "reader-" + UUID.randomUUID();

        api.get(timeline(caseId) + "?asOf=2026-12-01T00:00:00Z", bearer(reader, AGENCY, "CASE_WORKER"));

        MvcTestResult trail = api.get("/api/monitoring/audit/entries?actor=" + reader,
                bearer("auditor-1", AGENCY, "AUDITOR"));
        assertThat(read(trail, "$.content[0].resourceType")).isEqualTo("case file");
        assertThat(read(trail, "$.content[0].operation")).isEqualTo("timeline");
        assertThat(read(trail, "$.content[0].resourceId")).isEqualTo(caseId);
        assertThat(read(trail, "$.content[0].caseId")).isEqualTo(caseId);
        assertThat(read(trail, "$.content[0].filter")).contains("asOf=2026-12-01T00:00:00Z");
        assertThat(read(trail, "$.content[0].recordAgencyId")).isEqualTo(AGENCY);
    }

    /**
     * A case whose events arrive in an order of their own: goal.set first, case.opened twice with one id, the first
     * plan approval twice with one id, then the second approval on the same topic and key, which arrives after the
     * repeat. They happened an hour apart: opened, approved (v1), goal set, approved (v2).
     */
    private History caseWithHistory() {
        String caseId = UUID.randomUUID().toString();
        Instant opened = Instant.now().minus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        History history = new History(caseId, opened, UUID.randomUUID().toString(), UUID.randomUUID().toString());

        api.publish(EventCatalog.GOAL_SET, caseId, example(EventCatalog.GOAL_SET).put("caseId", caseId)
                .put("planId", "plan-of-" + caseId).put("setAt", history.at(2).toString()));
        ObjectNode caseOpened = example(EventCatalog.CASE_OPENED).put("caseId", caseId).put("programId", "program-1")
                .put("clientId", "client-of-" + caseId).put("openedAt", history.at(0).toString());
        publishTwice(EventCatalog.CASE_OPENED, caseId, history.openedEventId(), caseOpened);
        publishTwice(EventCatalog.PLAN_APPROVED, caseId, history.approvedEventId(), approval(caseId, 1, history.at(1)));
        api.publish(EventCatalog.PLAN_APPROVED, caseId, approval(caseId, 2, history.at(3)));

        await().until(() -> body(api.get(timeline(caseId), worker())).contains("Plan version 2 approved"));
        return history;
    }

    private record History(String caseId, Instant opened, String openedEventId, String approvedEventId) {

        Instant at(int hoursAfterOpening) {
            return opened.plus(Duration.ofHours(hoursAfterOpening));
        }
    }

    private static ObjectNode approval(String caseId, int version, Instant at) {
        return example(EventCatalog.PLAN_APPROVED).put("caseId", caseId).put("planId", "plan-of-" + caseId)
                .put("planVersion", version).put("approvedAt", at.toString());
    }

    private void publishTwice(EventType<?> type, String caseId, String eventId, ObjectNode body) {
        for (int delivery = 0; delivery < 2; delivery++) {
            topics.publish(type.topic(), caseId, TopicProbe.cloudEventHeaders(type, eventId, caseId), body.toString());
        }
    }

    /** What OwnEventsProjected does after the save that recorded one of monitoring's own events. */
    private void ownEvent(IncomingEvent<?> event) {
        projections.forEach(projection -> projection.project(event));
    }

    private static IncomingEvent<NoteRecorded> note(String caseId, boolean confidential, Instant at) {
        String noteId = UUID.randomUUID().toString();
        return new IncomingEvent<>(UUID.randomUUID().toString(), EventCatalog.NOTE_RECORDED.type(),
                PlatformService.MONITORING.source(), caseId, at,
                new NoteRecorded(noteId, caseId, confidential, MonitoringApi.WORKER, at));
    }

    private List<String> topicsAsOf(String caseId, String asOf) {
        return json(api.get(timeline(caseId) + "?asOf=" + asOf, worker()), "$.content[*].topic");
    }

    private int status(String caseId, String authorization) {
        return api.get(timeline(caseId), authorization).getResponse().getStatus();
    }

    private <T> T json(MvcTestResult result, String path) {
        return JsonPath.read(body(result), path);
    }

    private static String timeline(String caseId) {
        return "/api/monitoring/cases/" + caseId + "/timeline";
    }
}
