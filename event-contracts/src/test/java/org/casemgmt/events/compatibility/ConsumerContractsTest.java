package org.casemgmt.events.compatibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.casemgmt.events.EventCatalog;
import org.casemgmt.events.EventType;
import org.casemgmt.events.PlatformService;
import org.casemgmt.events.schema.EventSchemaValidator;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import tools.jackson.databind.json.JsonMapper;

/**
 * Each consuming service keeps, in its own module, the fields it reads of every topic it consumes
 * ({@code <service>/src/test/resources/consumer-contracts/<topic>.v<n>.json}, see {@link ConsumerContract}). The
 * producer's schema as published now must still give each consumer what it reads, so a producer learns here which
 * change would break whom, and a relaxation the gate allows within a version (a required field made optional, null
 * let in) fails for the consumers that rely on the field.
 */
class ConsumerContractsTest {

    private static final Path REPOSITORY = Path.of("..").toAbsolutePath().normalize();
    private static final String CONTRACTS = "src/test/resources/consumer-contracts";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final EventSchemaValidator schemas = new EventSchemaValidator();

    static Stream<Named<Path>> contracts() throws IOException {
        List<Path> contracts = new ArrayList<>();
        try (Stream<Path> modules = Files.list(REPOSITORY)) {
            for (Path folder : modules.map(module -> module.resolve(CONTRACTS)).filter(Files::isDirectory).sorted()
                    .toList()) {
                try (Stream<Path> files = Files.list(folder)) {
                    files.filter(file -> file.toString().endsWith(".json")).sorted().forEach(contracts::add);
                }
            }
        }
        return contracts.stream().map(contract -> Named.of(REPOSITORY.relativize(contract).toString(), contract));
    }

    @ParameterizedTest
    @MethodSource("contracts")
    void theProducersSchemaGivesTheConsumerEveryFieldItReads(Path contract) {
        String module = REPOSITORY.relativize(contract).getName(0).toString();
        String version = contract.getFileName().toString().replace(".json", "");
        Optional<PlatformService> consumer = Arrays.stream(PlatformService.values())
                .filter(service -> service.applicationName().equals(module)).findFirst();
        Optional<EventType<?>> type = EventCatalog.all().stream()
                .filter(candidate -> (candidate.topic() + ".v" + candidate.version()).equals(version)).findFirst();

        assertThat(consumer).as("%s is a PlatformService", module).isPresent();
        assertThat(type).as("%s is an event type of EventCatalog (<topic>.v<n>.json)", version).isPresent();
        assertThat(type.get().consumers()).as("%s consumes %s per EventCatalog", module, version)
                .contains(consumer.get());
        assertThat(ConsumerContract.of(JSON.readTree(contract)).problemsWith(schemas.schemaDocument(type.get())))
                .as("%s against event-contracts' %s", REPOSITORY.relativize(contract), type.get().schemaResource())
                .isEmpty();
    }

    @ParameterizedTest
    @EnumSource(PlatformService.class)
    void aServiceKeepsAContractForEveryTopicItConsumes(PlatformService service) {
        Path contracts = REPOSITORY.resolve(service.applicationName()).resolve(CONTRACTS);

        assertThat(EventCatalog.consumedBy(service).stream()
                .map(type -> contracts.resolve(type.topic() + ".v" + type.version() + ".json"))
                .filter(contract -> !Files.exists(contract))
                .map(contract -> REPOSITORY.relativize(contract).toString()))
                .as("contracts %s lacks for topics it consumes per EventCatalog", service.applicationName())
                .isEmpty();
    }
}
