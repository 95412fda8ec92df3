package org.casemgmt.monitoring.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.casemgmt.events.EventCatalog;
import org.casemgmt.events.EventType;
import org.casemgmt.events.PlatformService;
import org.casemgmt.events.schema.EventSchemaValidator;
import org.casemgmt.platform.inbox.IncomingEvent;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Each topic's line of the timeline, read from its contract's example. */
class TimelineMappingTest {

    private static final EventSchemaValidator SCHEMAS = new EventSchemaValidator();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** The examples' case. */
    private static final String CASE = "5d1e9a74-2c3b-4e8f-a6d0-7b19c4e2f851";
    /** When the events were published: later than every moment the examples' bodies give. */
    private static final Instant PUBLISHED = Instant.parse("2030-01-01T00:00:00Z");
    private static final Instant RECEIVED = Instant.parse("2030-01-01T00:00:05Z");

    private final TimelineMapping mapping = new TimelineMapping();

    /** Every case-keyed topic monitoring consumes or produces: all reach the timeline. */
    static Stream<Named<EventType<?>>> caseEvents() {
        return EventCatalog.all().stream().filter(type -> "caseId".equals(type.subjectField()))
                .filter(type -> type.consumers().contains(PlatformService.MONITORING)
                        || type.producers().contains(PlatformService.MONITORING))
                .map(type -> Named.of(type.topic(), type));
    }

    @ParameterizedTest
    @MethodSource("caseEvents")
    void everyCaseEventHasALineOfItsOwnWithTheMomentOfItsBodyAndALink(EventType<?> type) {
        TimelineEntry entry = entryOf(type, body -> { });

        assertThat(entry.summary()).as("a line of the table, not the fallback").isNotEqualTo(type.topic());
        assertThat(entry.occurredAt()).as("a moment the body gives").isBefore(PUBLISHED);
        assertThat(entry.link()).startsWith("/api/");
        assertThat(entry.id()).isEqualTo("event-1");
        assertThat(entry.caseId()).isEqualTo(CASE);
        assertThat(entry.topic()).isEqualTo(type.topic());
        assertThat(entry.type()).isEqualTo(type.type());
        assertThat(entry.recordedAt()).isEqualTo(RECEIVED);
        assertThat(entry.summary()).doesNotContain("null");
    }

    @Test
    void anOpenedCaseIsIntakesWithItsProgramAndPriority() {
        TimelineEntry entry = entryOf(EventCatalog.CASE_OPENED, body -> { });

        assertThat(entry.stage()).isEqualTo("intake");
        assertThat(entry.summary()).isEqualTo("Case opened (program-rapid-rehousing, priority HIGH)");
        assertThat(entry.occurredAt()).isEqualTo(Instant.parse("2026-11-23T10:02:45.120Z"));
        assertThat(entry.actor()).as("case.opened names the case manager, not who opened it").isNull();
        assertThat(entry.link()).isEqualTo("/api/intake/intakes/" + CASE);
        assertThat(entry.confidential()).isFalse();
    }

    @Test
    void aGrantedConsentNamesWhoGaveItAndTheAgenciesItCovers() {
        TimelineEntry entry = entryOf(EventCatalog.CONSENT_GRANTED, body -> { });

        assertThat(entry.summary()).isEqualTo("Consent granted by CLIENT, shared with agency-city-housing-authority, "
                + "agency-legal-aid-east");
        assertThat(entry.actor()).isEqualTo("staff-0142");
    }

    @Test
    void anApprovedPlanVersionLinksToThatVersionAndNamesItsApprover() {
        TimelineEntry entry = entryOf(EventCatalog.PLAN_APPROVED, body -> body.put("planVersion", 2));

        assertThat(entry.stage()).isEqualTo("planning");
        assertThat(entry.summary()).isEqualTo("Plan version 2 approved");
        assertThat(entry.actor()).isEqualTo("staff-0007");
        assertThat(entry.occurredAt()).isEqualTo(Instant.parse("2026-11-25T14:30:00Z"));
        assertThat(entry.link()).isEqualTo("/api/planning/plans/9a4c2e71-5b0d-4f3a-8e62-c17d3b9f0a25/versions/2");
        assertThat(entryOf(EventCatalog.PLAN_APPROVED, body -> body.put("selfApproved", true)).summary())
                .isEqualTo("Plan version 1 approved (self-approved)");
    }

    @Test
    void anAchievedGoalIsNamedByItsDomainAndLinksToTheGoal() {
        TimelineEntry entry = entryOf(EventCatalog.GOAL_ACHIEVED, body -> { });

        assertThat(entry.summary()).isEqualTo("Goal HOUSING achieved");
        assertThat(entry.occurredAt()).isEqualTo(Instant.parse("2027-02-20T15:10:00Z"));
        assertThat(entry.actor()).isNull();
        assertThat(entry.link()).isEqualTo("/api/planning/plans/9a4c2e71-5b0d-4f3a-8e62-c17d3b9f0a25/goals/"
                + "e3b7a1c4-6d2f-4a80-b915-2c8e7f4d0b61");
    }

    @Test
    void aReferralTransitionNamesTheProviderAgencyAndWhyOrHowItEnded() {
        TimelineEntry accepted = entryOf(EventCatalog.REFERRAL_ACCEPTED,
                body -> body.put("receivingAgencyId", "shelter-north"));

        assertThat(accepted.stage()).isEqualTo("referral");
        assertThat(accepted.summary()).isEqualTo("Referral accepted (shelter-north)");
        assertThat(accepted.actor()).isEqualTo("staff-0311");
        assertThat(accepted.occurredAt()).isEqualTo(Instant.parse("2026-11-27T11:20:00Z"));
        assertThat(accepted.link()).isEqualTo("/api/referral/referrals/7c2e9f41-3b8d-4a65-a1f7-0d5e8b2c6f94");
        assertThat(entryOf(EventCatalog.REFERRAL_DECLINED, body -> { }).summary())
                .isEqualTo("Referral declined (agency-city-housing-authority, no-capacity)");
        assertThat(entryOf(EventCatalog.REFERRAL_COMPLETED, body -> { }).summary())
                .isEqualTo("Referral completed (agency-city-housing-authority, got-help)");
        assertThat(entryOf(EventCatalog.REFERRAL_ENTERED_IN_ERROR, body -> { }).summary())
                .isEqualTo("Referral entered in error (agency-city-housing-authority)");
        assertThat(entryOf(EventCatalog.REFERRAL_EXPIRED, body -> { }).actor()).isEqualTo("referral-service");
    }

    @Test
    void aReferralStartedAgainAfterAPauseReadsAsResumed() {
        assertThat(entryOf(EventCatalog.REFERRAL_STARTED, body -> body.put("previousStatus", "on-hold")).summary())
                .isEqualTo("Referral resumed (agency-city-housing-authority)");
        assertThat(entryOf(EventCatalog.REFERRAL_STARTED, body -> { }).summary())
                .isEqualTo("Referral started (agency-city-housing-authority)");
    }

    @Test
    void aReRoutedReferralSaysSo() {
        assertThat(entryOf(EventCatalog.REFERRAL_REQUESTED, body -> { }).summary())
                .isEqualTo("Referral requested (agency-city-housing-authority, HOUSING, priority HIGH)");
        assertThat(entryOf(EventCatalog.REFERRAL_REQUESTED, body -> body.put("replacesReferralId", "r-1")).summary())
                .startsWith("Referral re-routed (");
    }

    @Test
    void aScoredAssessmentGivesItsTotalBandAndChangeAndLinksToTheAdministration() {
        TimelineEntry entry = entryOf(EventCatalog.ASSESSMENT_SCORED, body -> { });

        assertThat(entry.stage()).isEqualTo("monitoring");
        assertThat(entry.summary()).isEqualTo("PHQ-9 scored 16: moderately-severe (+5)");
        assertThat(entry.actor()).isEqualTo("staff-0142");
        assertThat(entry.occurredAt()).isEqualTo(Instant.parse("2027-02-03T10:45:00Z"));
        assertThat(entry.link()).isEqualTo("/api/monitoring/cases/" + CASE
                + "/assessments/8f2d5a91-3c6e-4b07-a4d8-e19b7c05f362");
    }

    @Test
    void aFirstAssessmentHasNoChangeAndAnImprovementANegativeOne() {
        assertThat(entryOf(EventCatalog.ASSESSMENT_SCORED, body -> body.put("totalScore", 4).put("band", "minimal")
                .putNull("previousScore").putNull("previousBand").putNull("change")).summary())
                .isEqualTo("PHQ-9 scored 4: minimal");
        assertThat(entryOf(EventCatalog.ASSESSMENT_SCORED, body -> body.put("totalScore", 8).put("band", "mild")
                .put("change", -3)).summary()).isEqualTo("PHQ-9 scored 8: mild (-3)");
    }

    @Test
    void anItemTriggerIsAnAlertWithItsSeverity() {
        assertThat(entryOf(EventCatalog.THRESHOLD_CROSSED, body -> { }).summary())
                .isEqualTo("PHQ-9 item 9 triggered an alert (URGENT)");
        assertThat(entryOf(EventCatalog.THRESHOLD_CROSSED, body -> body.put("kind", "BAND").put("trigger", "severe")
                .put("severity", "HIGH")).summary()).isEqualTo("PHQ-9 reached band severe (HIGH)");
    }

    @Test
    void aContactHappenedWhenItTookPlaceNotWhenItWasWrittenDown() {
        TimelineEntry entry = entryOf(EventCatalog.CONTACT_RECORDED, body -> { });

        assertThat(entry.occurredAt()).isEqualTo(Instant.parse("2027-02-03T10:00:00Z"));
        assertThat(entry.summary()).isEqualTo("Contact made (IN_PERSON, HOME_VISIT, 50 min, follow-up needed)");
        assertThat(entryOf(EventCatalog.CONTACT_RECORDED, body -> body.put("contactMade", false).put("medium", "PHONE")
                .putNull("durationMinutes").put("followUpNeeded", false).putArray("contactTypes")).summary())
                .isEqualTo("Contact attempted (PHONE)");
    }

    @Test
    void aConfidentialNoteIsMarkedSoThatProvidersDoNotSeeIt() {
        TimelineEntry confidential = entryOf(EventCatalog.NOTE_RECORDED, body -> { });
        TimelineEntry shared = entryOf(EventCatalog.NOTE_RECORDED, body -> body.put("confidential", false));

        assertThat(confidential.confidential()).isTrue();
        assertThat(confidential.summary()).isEqualTo("Confidential note recorded");
        assertThat(shared.confidential()).isFalse();
        assertThat(shared.summary()).isEqualTo("Note recorded");
    }

    @Test
    void aClosedCaseIsClosuresWithItsReason() {
        TimelineEntry entry = entryOf(EventCatalog.CASE_CLOSED, body -> { });

        assertThat(entry.stage()).isEqualTo("closure");
        assertThat(entry.summary()).isEqualTo("Case closed (GOALS_ACHIEVED)");
        assertThat(entry.actor()).isEqualTo("staff-0007");
        assertThat(entry.occurredAt()).isEqualTo(Instant.parse("2027-06-30T16:45:00Z"));
        assertThat(entry.link()).isEqualTo("/api/closure/cases/" + CASE);
    }

    @Test
    void closuresStepsReadAsTheCaseWorkerSawThemFromCodesAndFiguresOnly() {
        assertThat(entryOf(EventCatalog.CLOSURE_REQUESTED, body -> body.put("overridden", true)).summary())
                .startsWith("Closure requested (").contains("destination PERMANENT", "completion criteria overridden");
        assertThat(entryOf(EventCatalog.CLOSURE_REJECTED, body -> { }).summary()).isEqualTo("Closure rejected");
        assertThat(entryOf(EventCatalog.TRANSITION_PLANNED, body -> body.putArray("handedOverReferralIds")
                .add("referral-1")).summary()).contains("follow-ups agreed", "1 referral handed over");
        assertThat(entryOf(EventCatalog.FOLLOWUP_DUE, body -> body.put("sequence", 2)).summary())
                .startsWith("Follow-up 2 due");
        assertThat(entryOf(EventCatalog.FOLLOWUP_COMPLETED, body -> body.put("reached", false)
                .put("result", "UNABLE_TO_CONTACT")).summary()).contains("UNABLE_TO_CONTACT", "client not reached");
        TimelineEntry outcome = entryOf(EventCatalog.OUTCOME_EVALUATED, body -> body.put("goalsMet", 2)
                .put("goalsTotal", 3));
        assertThat(outcome.summary()).contains("2 of 3 goals met");
        assertThat(outcome.link()).isEqualTo("/api/closure/cases/" + CASE + "/outcome");
        assertThat(entryOf(EventCatalog.RETURN_DETECTED, body -> body.put("withinMonths", 12)).summary())
                .contains("within 12 months");
    }

    @Test
    void theFreeTextsContractsStillCarryStayOffTheTimeline() {
        assertThat(entryOf(EventCatalog.REVIEW_COMPLETED, body -> { }).summary())
                .isEqualTo("Review completed (REVISE_PLAN, 2 adjustments requested)");
        assertThat(entryOf(EventCatalog.PROGRESS_RECORDED, body -> { }).summary())
                .isEqualTo("Progress recorded: 30");
        assertThat(entryOf(EventCatalog.CASE_REOPENED, body -> { }).summary()).startsWith("Case reopened");
    }

    @Test
    void aBodyWithoutItsMomentHappenedWhenItWasPublished() {
        assertThat(entryOf(EventCatalog.CASE_CLOSED, body -> body.putNull("closedAt")).occurredAt())
                .isEqualTo(PUBLISHED);
    }

    @Test
    void aTopicWithoutALineIsShownByItsNameWhenItWasPublished() {
        TimelineEntry entry = entryOf(EventCatalog.CLIENT_REGISTERED, body -> { });

        assertThat(entry.summary()).isEqualTo("client.registered");
        assertThat(entry.occurredAt()).isEqualTo(PUBLISHED);
        assertThat(entry.stage()).isEqualTo("intake");
        assertThat(entry.actor()).isNull();
        assertThat(entry.link()).isNull();
    }

    private TimelineEntry entryOf(EventType<?> type, Consumer<ObjectNode> change) {
        ObjectNode body = (ObjectNode) SCHEMAS.schemaDocument(type).path("examples").get(0).deepCopy();
        change.accept(body);
        Object data = JSON.treeToValue(body, type.payloadType());
        return mapping.entryFor(new IncomingEvent<>("event-1", type.type(), type.producers().iterator().next()
                .source(), CASE, PUBLISHED, data), RECEIVED);
    }
}
