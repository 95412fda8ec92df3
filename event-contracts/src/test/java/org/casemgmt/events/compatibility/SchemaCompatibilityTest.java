package org.casemgmt.events.compatibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

/** Each rule on a schema small enough to read at a glance, as the project writes its contracts. */
class SchemaCompatibilityTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final SchemaCompatibility compatibility = new SchemaCompatibility();

    /** {@code properties} as the only content of an open object schema, the way every contract starts. */
    private static String event(String properties) {
        return """
                {"$id": "urn:casemgmt:schema:thing.happened:v1", "type": "object", "required": ["caseId"],
                 "additionalProperties": true,
                 "properties": {"caseId": {"type": "string", "minLength": 1}, %s}}
                """.formatted(properties);
    }

    private List<String> breaking(String released, String current) {
        return compatibility.breakingChanges(JSON.readTree(released), JSON.readTree(current)).stream()
                .map(BreakingChange::toString).toList();
    }

    @Nested
    class Breaking {

        @Test
        void aPropertyRemoved() {
            assertThat(breaking(event("\"reason\": {\"type\": \"string\"}, \"closedAt\": {\"type\": \"string\"}"),
                    event("\"closedAt\": {\"type\": \"string\"}")))
                    .containsExactly("#/properties/reason: property reason removed or renamed: consumers that read "
                            + "it find nothing there");
        }

        @Test
        void aPropertyRenamedIsTheOldNameRemoved() {
            assertThat(breaking(event("\"closedBy\": {\"type\": \"string\"}"),
                    event("\"closedByStaffId\": {\"type\": \"string\"}")))
                    .containsExactly("#/properties/closedBy: property closedBy removed or renamed: consumers that "
                            + "read it find nothing there");
        }

        @Test
        void nullTakenOutOfATypeList() {
            assertThat(breaking(event("\"closureId\": {\"type\": [\"string\", \"null\"]}"),
                    event("\"closureId\": {\"type\": \"string\"}")))
                    .containsExactly("#/properties/closureId/type: type narrowed from [\"string\",\"null\"] to "
                            + "\"string\": null, valid before, is refused now");
        }

        @Test
        void aNumberNarrowedToAnInteger() {
            assertThat(breaking(event("\"indicatorValue\": {\"type\": \"number\"}"),
                    event("\"indicatorValue\": {\"type\": \"integer\"}")))
                    .containsExactly("#/properties/indicatorValue/type: type narrowed from \"number\" to "
                            + "\"integer\": a number with a fraction, valid before, is refused now");
        }

        @Test
        void aTypeChangedToAnother() {
            assertThat(breaking(event("\"episode\": {\"type\": \"integer\"}"),
                    event("\"episode\": {\"type\": \"string\"}")))
                    .containsExactly("#/properties/episode/type: type narrowed from \"integer\" to \"string\": an "
                            + "integer, valid before, is refused now");
        }

        @Test
        void anOptionalPropertyMadeRequired() {
            String released = event("\"outcome\": {\"type\": \"string\"}");

            assertThat(breaking(released, released.replace("[\"caseId\"]", "[\"caseId\", \"outcome\"]")))
                    .containsExactly("#/required: outcome made required: events without it, valid before, are "
                            + "refused now");
        }

        @Test
        void aNewPropertyThatIsRequired() {
            assertThat(breaking(event("\"reason\": {\"type\": \"string\"}"),
                    event("\"reason\": {\"type\": \"string\"}, \"episode\": {\"type\": \"integer\"}")
                            .replace("[\"caseId\"]", "[\"caseId\", \"episode\"]")))
                    .containsExactly("#/required: episode made required: events without it, valid before, are "
                            + "refused now");
        }

        @Test
        void anOpenStringTurnedIntoAnEnum() {
            assertThat(breaking(event("\"reason\": {\"type\": \"string\", \"minLength\": 1}"),
                    event("\"reason\": {\"type\": \"string\", \"minLength\": 1, \"enum\": [\"NEW_NEEDS\", \"OTHER\"]}")))
                    .containsExactly("#/properties/reason/enum: an open string turned into an enum of 2 values: "
                            + "any other, valid before, is refused now");
        }

        @Test
        void anOpenStringFixedToAConst() {
            assertThat(breaking(event("\"status\": {\"type\": \"string\"}"),
                    event("\"status\": {\"type\": \"string\", \"const\": \"requested\"}")))
                    .containsExactly("#/properties/status/const: an open string is now always \"requested\": any "
                            + "other, valid before, is refused now");
        }

        @Test
        void anEnumLosingValues() {
            assertThat(breaking(event("\"priority\": {\"type\": \"string\", \"enum\": [\"LOW\", \"HIGH\", \"URGENT\"]}"),
                    event("\"priority\": {\"type\": \"string\", \"enum\": [\"HIGH\"]}")))
                    .containsExactly("#/properties/priority/enum: enum lost \"LOW\", \"URGENT\": events carrying "
                            + "them, valid before, are refused now");
        }

        @Test
        void additionalPropertiesTurnedFalse() {
            String released = event("\"reason\": {\"type\": \"string\"}");

            assertThat(breaking(released, released.replace("\"additionalProperties\": true",
                    "\"additionalProperties\": false")))
                    .containsExactly("#/additionalProperties: additionalProperties turned false: properties the "
                            + "schema does not name, valid before, are refused now, and so is any field a producer "
                            + "adds later");
        }

        @Test
        void aPatternAddedWhereThereWasNone() {
            assertThat(breaking(event("\"reason\": {\"type\": \"string\"}"),
                    event("\"reason\": {\"type\": \"string\", \"pattern\": \"^[A-Z_]+$\"}")))
                    .containsExactly("#/properties/reason/pattern: pattern ^[A-Z_]+$ added where there was none: "
                            + "strings that do not match it, valid before, are refused now");
        }

        @Test
        void aPatternChangedCannotBeShownToAcceptAsMuch() {
            assertThat(breaking(event("\"reason\": {\"type\": \"string\", \"pattern\": \"^[A-Z]+$\"}"),
                    event("\"reason\": {\"type\": \"string\", \"pattern\": \"^[A-Z_]+$\"}")))
                    .containsExactly("#/properties/reason/pattern: pattern changed from ^[A-Z]+$ to ^[A-Z_]+$: "
                            + "nothing shows that it accepts every string the released one did");
        }

        @Test
        void anEnumRelaxedToAPatternThatRefusesOneOfItsValues() {
            assertThat(breaking(event("\"reason\": {\"type\": \"string\", \"enum\": [\"OTHER\", \"lost-contact\"]}"),
                    event("\"reason\": {\"type\": \"string\", \"pattern\": \"^[A-Z][A-Z0-9_]*$\"}")))
                    .containsExactly("#/properties/reason/pattern: pattern ^[A-Z][A-Z0-9_]*$ refuses "
                            + "\"lost-contact\", which the released enum allowed");
        }

        @Test
        void minLengthAndMinimumTightened() {
            assertThat(breaking(event("\"closedBy\": {\"type\": \"string\", \"minLength\": 1}, "
                            + "\"episode\": {\"type\": \"integer\"}"),
                    event("\"closedBy\": {\"type\": \"string\", \"minLength\": 3}, "
                            + "\"episode\": {\"type\": \"integer\", \"minimum\": 1}")))
                    .containsExactlyInAnyOrder(
                            "#/properties/closedBy/minLength: minLength tightened from 1 to 3: shorter strings, valid "
                                    + "before, are refused now",
                            "#/properties/episode/minimum: minimum 1 added where there was none: smaller numbers, "
                                    + "valid before, are refused now");
        }

        @Test
        void aBoundAddedToAnEnumThatRefusesOneOfItsValues() {
            assertThat(breaking(event("\"band\": {\"type\": \"string\", \"enum\": [\"MILD\", \"N\"]}"),
                    event("\"band\": {\"type\": \"string\", \"minLength\": 2}")))
                    .containsExactly("#/properties/band/minLength: minLength 2 refuses \"N\", which the released enum "
                            + "allowed");
        }

        @Test
        void maximaTightenedAndItemsMadeUnique() {
            assertThat(breaking(event("\"codes\": {\"type\": \"array\", \"maxItems\": 10, "
                            + "\"items\": {\"type\": \"string\"}}"),
                    event("\"codes\": {\"type\": \"array\", \"maxItems\": 5, \"uniqueItems\": true, "
                            + "\"items\": {\"type\": \"string\", \"maxLength\": 20}}")))
                    .containsExactlyInAnyOrder(
                            "#/properties/codes/maxItems: maxItems tightened from 10 to 5: longer arrays, valid "
                                    + "before, are refused now",
                            "#/properties/codes/uniqueItems: uniqueItems added: arrays with an item twice, valid "
                                    + "before, are refused now",
                            "#/properties/codes/items/maxLength: maxLength 20 added where there was none: longer "
                                    + "strings, valid before, are refused now");
        }

        @Test
        void aFormatAdded() {
            assertThat(breaking(event("\"dueAt\": {\"type\": \"string\"}"),
                    event("\"dueAt\": {\"type\": \"string\", \"format\": \"date-time\"}")))
                    .containsExactly("#/properties/dueAt/format: format date-time added where there was none: "
                            + "strings that are no date-time, valid before, are refused now");
        }

        @Test
        void anItemsSchemaNarrowed() {
            assertThat(breaking(event("\"serviceTypes\": {\"type\": \"array\", \"items\": {\"type\": [\"string\", \"null\"]}}"),
                    event("\"serviceTypes\": {\"type\": \"array\", \"items\": {\"type\": \"string\"}}")))
                    .containsExactly("#/properties/serviceTypes/items/type: type narrowed from [\"string\",\"null\"] "
                            + "to \"string\": null, valid before, is refused now");
        }

        @Test
        void itemsConstrainedWhereAnyItemWasValid() {
            assertThat(breaking(event("\"ids\": {\"type\": \"array\"}"),
                    event("\"ids\": {\"type\": \"array\", \"items\": {\"type\": \"string\"}}")))
                    .containsExactly("#/properties/ids/items/type: type restricted to \"string\" where any type "
                            + "was valid");
        }

        @Test
        void aPropertyOfANestedObjectRemoved() {
            assertThat(breaking(event("\"consentScope\": {\"type\": \"object\", \"properties\": "
                            + "{\"consentId\": {\"type\": \"string\"}, \"expiresAt\": {\"type\": \"string\"}}}"),
                    event("\"consentScope\": {\"type\": \"object\", \"properties\": "
                            + "{\"consentId\": {\"type\": \"string\"}}}")))
                    .containsExactly("#/properties/consentScope/properties/expiresAt: property expiresAt removed or "
                            + "renamed: consumers that read it find nothing there");
        }

        @Test
        void aChangeInADefinitionIsReportedWhereItIsDefinedOnceHoweverOftenItIsReferred() {
            String released = """
                    {"type": "object", "properties": {
                       "needs": {"type": "array", "items": {"$ref": "#/$defs/Need"}},
                       "firstNeed": {"$ref": "#/$defs/Need"}},
                     "$defs": {"Need": {"type": "object", "properties": {
                       "domain": {"type": "string"}, "severity": {"type": "string"}}}}}
                    """;

            assertThat(breaking(released, released.replace(", \"severity\": {\"type\": \"string\"}", "")))
                    .containsExactly("#/$defs/Need/properties/severity: property severity removed or renamed: "
                            + "consumers that read it find nothing there");
        }

        @Test
        void theIdChanged() {
            String released = event("\"reason\": {\"type\": \"string\"}");

            assertThat(breaking(released, released.replace(":v1", ":v2")))
                    .containsExactly("#/$id: $id changed from urn:casemgmt:schema:thing.happened:v1 to "
                            + "urn:casemgmt:schema:thing.happened:v2: events of the released version name "
                            + "urn:casemgmt:schema:thing.happened:v1 as their ce_dataschema");
        }

        @Test
        void aKeywordTheCheckDoesNotJudgeIsNotLetThrough() {
            assertThat(breaking(event("\"reason\": {\"type\": \"string\"}"),
                    event("\"reason\": {\"type\": \"string\", \"not\": {\"const\": \"OTHER\"}}")))
                    .containsExactly("#/properties/reason/not: not changed, and this check cannot judge not: publish "
                            + "the change as a new version");
        }

        @Test
        void everyChangeIsReportedNotJustTheFirst() {
            assertThat(breaking(event("\"a\": {\"type\": \"string\"}, \"b\": {\"type\": [\"integer\", \"null\"]}"),
                    event("\"b\": {\"type\": \"integer\"}").replace("[\"caseId\"]", "[\"caseId\", \"b\"]")))
                    .hasSize(3);
        }
    }

    @Nested
    class Compatible {

        @Test
        void theSameSchema() {
            String schema = event("\"reason\": {\"type\": \"string\", \"enum\": [\"A\", \"B\"]}");

            assertThat(breaking(schema, schema)).isEmpty();
        }

        @Test
        void aNewOptionalProperty() {
            assertThat(breaking(event("\"reason\": {\"type\": \"string\"}"),
                    event("\"reason\": {\"type\": \"string\"}, \"episode\": {\"type\": [\"integer\", \"null\"]}")))
                    .isEmpty();
        }

        @Test
        void aWidenedType() {
            assertThat(breaking(event("\"closureId\": {\"type\": \"string\"}, \"score\": {\"type\": \"integer\"}"),
                    event("\"closureId\": {\"type\": [\"string\", \"null\"]}, \"score\": {\"type\": \"number\"}")))
                    .isEmpty();
        }

        @Test
        void anEnumGainingValues() {
            assertThat(breaking(event("\"priority\": {\"type\": [\"string\", \"null\"], \"enum\": [\"LOW\", null]}"),
                    event("\"priority\": {\"type\": [\"string\", \"null\"], \"enum\": [\"LOW\", \"HIGH\", null]}")))
                    .isEmpty();
        }

        @Test
        void anEnumOpened() {
            assertThat(breaking(event("\"via\": {\"type\": \"string\", \"enum\": [\"NEW_CASE\", \"REOPENED\"]}"),
                    event("\"via\": {\"type\": \"string\", \"minLength\": 1}")))
                    .isEmpty();
        }

        @Test
        void anEnumRelaxedToAPatternItsValuesMatch() {
            assertThat(breaking(event("\"reason\": {\"type\": \"string\", \"enum\": [\"GOALS_ACHIEVED\", \"OTHER\"]}"),
                    event("\"reason\": {\"type\": \"string\", \"pattern\": \"^[A-Z][A-Z0-9_]*$\"}")))
                    .isEmpty();
        }

        @Test
        void aPatternRemoved() {
            assertThat(breaking(event("\"code\": {\"type\": \"string\", \"pattern\": \"^[0-9]+$\"}"),
                    event("\"code\": {\"type\": \"string\"}")))
                    .isEmpty();
        }

        @Test
        void boundsLoosenedAndAFormatDropped() {
            assertThat(breaking(event("\"closedBy\": {\"type\": \"string\", \"minLength\": 3, \"maxLength\": 10}, "
                            + "\"closedAt\": {\"type\": \"string\", \"format\": \"date-time\"}"),
                    event("\"closedBy\": {\"type\": \"string\", \"minLength\": 1}, "
                            + "\"closedAt\": {\"type\": \"string\"}")))
                    .isEmpty();
        }

        @Test
        void anItemsSchemaWidened() {
            assertThat(breaking(event("\"ids\": {\"type\": \"array\", \"minItems\": 1, \"items\": {\"type\": \"string\"}}"),
                    event("\"ids\": {\"type\": [\"array\", \"null\"], \"items\": {\"type\": [\"string\", \"null\"]}}")))
                    .isEmpty();
        }

        @Test
        void additionalPropertiesOpened() {
            String released = event("\"reason\": {\"type\": \"string\"}")
                    .replace("\"additionalProperties\": true", "\"additionalProperties\": false");

            assertThat(breaking(released, event("\"reason\": {\"type\": \"string\"}"))).isEmpty();
        }

        /** The gate lets it through; a consumer that relies on the property lists it, and its contract fails. */
        @Test
        void aRequiredPropertyMadeOptional() {
            String current = event("\"reason\": {\"type\": \"string\"}");

            assertThat(breaking(current.replace("[\"caseId\"]", "[\"caseId\", \"reason\"]"), current)).isEmpty();
        }

        @Test
        void documentationRewritten() {
            assertThat(breaking(event("\"reason\": {\"type\": \"string\", \"description\": \"Why.\"}")
                            .replace("{\"$id\"", "{\"title\": \"thing.happened v1\", \"examples\": [{}], \"$id\""),
                    event("\"reason\": {\"type\": \"string\", \"description\": \"Why, as a code.\"}")))
                    .isEmpty();
        }

        @Test
        void aDefinitionRenamedWithItsReferences() {
            String released = """
                    {"type": "object", "properties": {"needs": {"type": "array", "items": {"$ref": "#/$defs/Need"}}},
                     "$defs": {"Need": {"type": "object", "properties": {"domain": {"type": "string"}}}}}
                    """;

            assertThat(breaking(released, released.replace("Need", "AssessedNeed"))).isEmpty();
        }

        @Test
        void aRecursiveSchemaIsWalkedOnce() {
            String tree = """
                    {"$ref": "#/$defs/Node", "$defs": {"Node": {"type": "object",
                      "properties": {"children": {"type": "array", "items": {"$ref": "#/$defs/Node"}}}}}}
                    """;

            assertThat(breaking(tree, tree)).isEmpty();
        }
    }
}
