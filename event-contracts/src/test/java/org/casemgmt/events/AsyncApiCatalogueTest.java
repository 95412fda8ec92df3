package org.casemgmt.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** docs/events/asyncapi.yaml is what partners read: it must not fall behind {@link EventCatalog} and the schemas. */
class AsyncApiCatalogueTest {

    private static final Path REPOSITORY = Path.of("..").toAbsolutePath().normalize();
    private static final Path CATALOGUE = REPOSITORY.resolve("docs/events/asyncapi.yaml");
    private static final Path SCHEMA_ROOT = REPOSITORY.resolve("event-contracts/src/main/resources");
    private static final String DEAD_LETTER_ADDRESS = "{topic}.dlq";
    /** Each partner agency's consent-scoped feed (partner-service), one channel with the agency as a parameter. */
    private static final String PARTNER_FEED_ADDRESS = "partner.{agencyId}.feed";

    private final JsonNode asyncApi = read(CATALOGUE);

    @Test
    void catalogueIsAsyncApi3() {
        assertThat(asyncApi.path("asyncapi").asString()).startsWith("3.");
        assertThat(asyncApi.path("servers").path("embedded").path("host").asString()).isEqualTo("localhost:9092");
    }

    @ParameterizedTest
    @MethodSource("org.casemgmt.events.EventSchemaContractTest#eventTypes")
    void everyEventTypeHasAChannelOnItsTopicWhoseMessageNamesItsTypeAndSchema(EventType<?> type) {
        List<JsonNode> channels = channels().stream()
                .filter(channel -> channel.path("address").asString().equals(type.topic()))
                .toList();
        assertThat(channels).as("channel on topic %s", type.topic()).hasSize(1);

        List<JsonNode> messages = channels.getFirst().path("messages").values().stream().map(this::resolve).toList();
        assertThat(messages).singleElement().satisfies(message -> {
            JsonNode headers = message.path("headers").path("allOf").get(1).path("properties");
            assertThat(headers.path("ce_type").path("const").asString()).isEqualTo(type.type());
            assertThat(headers.path("ce_dataschema").path("const").asString()).isEqualTo(type.dataschema());
            assertThat(payloadFile(message)).isEqualTo(SCHEMA_ROOT.resolve(type.schemaResource()));
        });
    }

    @ParameterizedTest
    @MethodSource("org.casemgmt.events.EventSchemaContractTest#eventTypes")
    void everyEventTypeIsSentBySomeService(EventType<?> type) {
        assertThat(addressesOfOperations("send")).contains(type.topic());
    }

    @ParameterizedTest
    @MethodSource("org.casemgmt.events.EventSchemaContractTest#eventTypes")
    void theServicesThatSendATopicAreItsOwnersInTheCatalogue(EventType<?> type) {
        Set<String> senders = asyncApi.path("operations").values().stream()
                .filter(operation -> operation.path("action").asString().equals("send"))
                .filter(operation -> resolve(operation.path("channel")).path("address").asString().equals(type.topic()))
                .flatMap(operation -> operation.path("tags").values().stream())
                .map(tag -> tag.path("name").asString())
                .collect(Collectors.toSet());
        Set<String> owners = type.producers().stream().map(PlatformService::applicationName)
                .collect(Collectors.toSet());

        assertThat(senders).as("services tagged on the send operations of %s", type.topic()).isEqualTo(owners);
    }

    @Test
    void everyPayloadRefPointsAtAnExistingSchemaFile() {
        List<Path> payloads = asyncApi.path("components").path("messages").values().stream()
                .filter(message -> message.path("payload").has("$ref"))
                .map(AsyncApiCatalogueTest::payloadFile)
                .toList();

        assertThat(payloads).hasSize(EventCatalog.all().size()).allSatisfy(file -> assertThat(file).isRegularFile());
    }

    @Test
    void everyChannelIsAnEventTypeOrTheDeadLetters() {
        Set<String> documented = EventCatalog.all().stream().map(EventType::topic).collect(Collectors.toSet());
        documented.add(DEAD_LETTER_ADDRESS);
        documented.add(PARTNER_FEED_ADDRESS);

        assertThat(channels()).extracting(channel -> channel.path("address").asString())
                .doesNotHaveDuplicates()
                .allMatch(documented::contains, "is a topic of EventCatalog, " + DEAD_LETTER_ADDRESS + " or " + PARTNER_FEED_ADDRESS);
    }

    @Test
    void everyTopicAPlatformServiceConsumesHasADeadLetterTopic() {
        JsonNode deadLetters = channels().stream()
                .filter(channel -> channel.path("address").asString().equals(DEAD_LETTER_ADDRESS))
                .findFirst().orElseThrow();
        Set<String> withDeadLetters = deadLetters.path("parameters").path("topic").path("enum").values().stream()
                .map(JsonNode::asString)
                .collect(Collectors.toSet());

        assertThat(addressesOfOperations("receive")).isNotEmpty().isEqualTo(withDeadLetters);
    }

    private List<JsonNode> channels() {
        return List.copyOf(asyncApi.path("channels").values());
    }

    private Set<String> addressesOfOperations(String action) {
        return asyncApi.path("operations").values().stream()
                .filter(operation -> operation.path("action").asString().equals(action))
                .map(operation -> resolve(operation.path("channel")).path("address").asString())
                .collect(Collectors.toSet());
    }

    /** Follows a reference inside the catalogue, such as {@code #/components/messages/caseOpened}. */
    private JsonNode resolve(JsonNode node) {
        String ref = node.path("$ref").asString("");
        return ref.startsWith("#/") ? resolve(asyncApi.at(ref.substring(1))) : node;
    }

    /** Payload references are relative to the catalogue's folder, as AsyncAPI tools resolve them. */
    private static Path payloadFile(JsonNode message) {
        return CATALOGUE.getParent().resolve(message.path("payload").path("$ref").asString()).normalize();
    }

    private static JsonNode read(Path yaml) {
        try {
            return YAMLMapper.builder().build().readTree(Files.readString(yaml));
        } catch (IOException unreadable) {
            throw new IllegalStateException("cannot read " + yaml, unreadable);
        }
    }
}
