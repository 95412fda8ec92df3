package org.casemgmt.events.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.casemgmt.events.EventCatalog;
import org.casemgmt.events.EventType;
import org.casemgmt.events.PlatformService;
import org.casemgmt.events.SchemaExamples;
import org.casemgmt.events.intake.v1.AssessedNeed;
import org.casemgmt.events.intake.v1.CaseOpened;
import org.casemgmt.events.intake.v1.ConsentScope;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

class EventSchemaValidatorTest {

    private final EventSchemaValidator validator = new EventSchemaValidator();

    @Test
    void caseOpenedWithoutOptionalFieldsAsJacksonWritesItIsValid() {
        CaseOpened opened = new CaseOpened("case-1", "client-1", "agency-1", "program-1", "URGENT", "HIGH",
                List.of(new AssessedNeed("SAFETY", "CRISIS", null)),
                new ConsentScope("consent-1", "Safety planning", List.of(), null),
                "staff-1", Instant.parse("2026-11-23T10:00:00Z"));

        String published = JsonMapper.builder().build().writeValueAsString(opened);

        assertThat(published).contains("\"expiresAt\":null");
        assertThat(validator.validate(EventCatalog.CASE_OPENED, published)).isEmpty();
    }

    @Test
    void missingRequiredFieldIsReportedByName() {
        assertThat(violationsAfter(EventCatalog.CASE_OPENED, opened -> opened.remove("caseManager")))
                .containsExactly("$: required property 'caseManager' not found");
    }

    @Test
    void unknownPriorityIsReportedWithTheAllowedValues() {
        assertThat(violationsAfter(EventCatalog.CASE_OPENED, opened -> opened.put("priority", "CRITICAL")))
                .singleElement().asString()
                .startsWith("$.priority: ")
                .contains("LOW", "MEDIUM", "HIGH", "URGENT");
    }

    @Test
    void unknownSeverityOfANestedNeedIsReportedAtItsPlaceInTheDocument() {
        assertThat(violationsAfter(EventCatalog.CASE_OPENED,
                opened -> ((ObjectNode) opened.path("assessedNeeds").get(1)).put("severity", "SEVERE")))
                .singleElement().asString()
                .startsWith("$.assessedNeeds[1].severity: ")
                .contains("CRISIS");
    }

    /** Agencies configure their own closure reasons, so the schema checks the shape of a code, not a list. */
    @Test
    void closureReasonAnAgencyConfiguredIsAccepted() {
        assertThat(violationsAfter(EventCatalog.CASE_CLOSED, closed -> closed.put("reason", "MOVED_OUT_OF_AREA")))
                .isEmpty();
    }

    @Test
    void closureReasonThatIsNotACodeIsRejected() {
        assertThat(violationsAfter(EventCatalog.CASE_CLOSED, closed -> closed.put("reason", "goals achieved")))
                .singleElement().asString().startsWith("$.reason: ");
    }

    @Test
    void exitDestinationThatIsNotAnHmisLivingSituationCodeIsRejected() {
        assertThat(violationsAfter(EventCatalog.CLOSURE_REQUESTED, requested -> requested.put("destinationCode", 400)))
                .singleElement().asString()
                .startsWith("$.destinationCode: ")
                .contains("410", "435");
    }

    @Test
    void caseClosedFromAProducerThatPredatesTheClosureStageFieldsIsValid() {
        assertThat(violationsAfter(EventCatalog.CASE_CLOSED, closed -> closed.remove(List.of("closureId", "episode",
                "outcome", "destinationCode", "destinationCategory", "requestedBy"))))
                .isEmpty();
    }

    @Test
    void timestampThatIsNotRfc3339IsRejected() {
        assertThat(violationsAfter(EventCatalog.CLIENT_REGISTERED,
                registered -> registered.put("registeredAt", "23/11/2026 09:15")))
                .singleElement().asString()
                .startsWith("$.registeredAt: ")
                .contains("date-time");
    }

    @Test
    void declineWithoutAnyReasonIsRejected() {
        assertThat(violationsAfter(EventCatalog.INTAKE_DECLINED, declined -> declined.putArray("reasons")))
                .singleElement().asString().startsWith("$.reasons: ");
    }

    @Test
    void bodyThatIsNotJsonIsOneViolationNotAnException() {
        assertThat(validator.validate(EventCatalog.CASE_CLOSED, "{\"caseId\": "))
                .singleElement().asString().startsWith("$: not a JSON document");
    }

    @Test
    void eventTypeWithoutAPublishedSchemaIsAProgrammingError() {
        EventType<Object> unpublished = new EventType<>("draft.invented", 1, Object.class, null,
                Set.of(PlatformService.INTAKE), Set.of());

        assertThatThrownBy(() -> validator.validate(unpublished, "{}"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("schemas/draft.invented.v1.schema.json");
    }

    /** The violations of the type's first schema example once {@code change} is applied to it. */
    private List<String> violationsAfter(EventType<?> type, Consumer<ObjectNode> change) {
        ObjectNode example = SchemaExamples.first(type);
        change.accept(example);
        return validator.validate(type, example.toString());
    }
}
