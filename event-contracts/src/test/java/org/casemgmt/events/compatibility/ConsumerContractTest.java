package org.casemgmt.events.compatibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A consumer's list of the fields it reads, against a producer's schema written for the purpose. */
class ConsumerContractTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final JsonNode PRODUCER = JSON.readTree("""
            {"type": "object", "required": ["caseId", "members", "scope"],
             "properties": {
               "caseId": {"type": "string"},
               "episode": {"type": ["integer", "null"]},
               "reason": {"type": "string"},
               "score": {"type": "integer"},
               "scope": {"type": ["object", "null"], "required": ["consentId"],
                         "properties": {"consentId": {"type": "string"}}},
               "members": {"type": "array", "items": {"$ref": "#/$defs/Member"}},
               "anything": {}},
             "$defs": {"Member": {"type": "object", "required": ["status"],
                                  "properties": {"status": {"type": "string"}}}}}
            """);

    private static List<String> problems(String fields) {
        return ConsumerContract.of(JSON.readTree("{\"readBy\": \"Consumer.read\", \"fields\": " + fields + "}"))
                .problemsWith(PRODUCER);
    }

    @Test
    void fieldsTheProducerKeepsWithTypesTheConsumerCopesWith() {
        assertThat(problems("""
                {"caseId": "string", "episode": ["integer", "null"], "reason": ["string", "null"],
                 "score": ["number", "null"], "scope.consentId": ["string", "null"], "members[].status": "string"}
                """)).isEmpty();
    }

    @Test
    void aFieldTheProducerDoesNotHave() {
        assertThat(problems("{\"caseId\": \"string\", \"closedBy\": \"string\", \"members[].role\": \"string\"}"))
                .containsExactly("closedBy: closedBy is not in the producer's schema",
                        "members[].role: role is not in the producer's schema");
    }

    @Test
    void aTypeTheConsumerDoesNotCopeWith() {
        assertThat(problems("{\"episode\": \"integer\", \"caseId\": \"number\"}"))
                .containsExactly("episode: the producer may send null, and the consumer copes with [integer] only",
                        "caseId: the producer may send string, and the consumer copes with [number] only");
    }

    @Test
    void anOptionalFieldTheConsumerExpectsAlways() {
        assertThat(problems("{\"reason\": \"string\"}")).containsExactly("reason: the producer may leave it out (it "
                + "is optional, or inside an object that is), and the consumer does not cope with null");
    }

    @Test
    void aRequiredFieldOfAnObjectThatMayBeNull() {
        assertThat(problems("{\"scope.consentId\": \"string\"}")).containsExactly("scope.consentId: the producer "
                + "may leave it out (it is optional, or inside an object that is), and the consumer does not cope "
                + "with null");
    }

    @Test
    void anArrayPathThroughSomethingThatIsNoArray() {
        assertThat(problems("{\"caseId[]\": \"string\"}"))
                .containsExactly("caseId[]: caseId is not an array in the producer's schema");
    }

    @Test
    void aFieldTheProducerLetsBeAnything() {
        assertThat(problems("{\"anything\": [\"string\", \"null\"]}")).containsExactly("anything: the producer's "
                + "schema lets it be of any type, the consumer copes with [string, null]");
    }

    @Test
    void aContractWithoutFieldsIsRefused() {
        assertThatThrownBy(() -> ConsumerContract.of(JSON.readTree("{\"readBy\": \"Consumer.read\"}")))
                .hasMessageContaining("\"fields\"");
    }
}
