package org.casemgmt.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The catalogue says who owns and who reads each topic; the broker's access lists and the consumers' source check
 * are derived from it, so it must say what the services really do.
 */
class EventOwnershipTest {

    private static final Path REPOSITORY = Path.of("..").toAbsolutePath().normalize();

    @ParameterizedTest
    @EnumSource(PlatformService.class)
    void theTopicsAServiceConsumesAreExactlyItsBindingsDestinations(PlatformService service) throws IOException {
        Path config = REPOSITORY.resolve(service.applicationName() + "/src/main/resources/application.yml");
        Set<String> bound = new TreeSet<>();
        if (Files.exists(config)) {
            JsonNode bindings = YAMLMapper.builder().build().readTree(config.toFile())
                    .path("spring").path("cloud").path("stream").path("bindings");
            bindings.forEach(binding -> Arrays.stream(binding.path("destination").asString().split(","))
                    .map(String::strip).forEach(bound::add));
        }
        Set<String> declared = EventCatalog.consumedBy(service).stream().map(EventType::topic)
                .collect(Collectors.toCollection(TreeSet::new));

        assertThat(bound).as("destinations bound in %s", config).isEqualTo(declared);
    }

    @Test
    void everyTopicButTheAuditTrailAndDocumentsHasOneOwnerAndNoServiceConsumesWhatItPublishes() {
        for (EventType<?> type : EventCatalog.all()) {
            if (type != EventCatalog.AUDIT_RECORDED && type != EventCatalog.DOCUMENT_ATTACHED) {
                assertThat(type.producers()).as(type.topic()).hasSize(1);
            }
            assertThat(type.consumers()).as(type.topic()).doesNotContainAnyElementsOf(type.producers());
        }
        assertThat(EventCatalog.AUDIT_RECORDED.producers()).containsExactlyInAnyOrder(PlatformService.values());
        assertThat(EventCatalog.DOCUMENT_ATTACHED.producers()).containsExactlyInAnyOrder(PlatformService.INTAKE,
                PlatformService.REFERRAL, PlatformService.MONITORING, PlatformService.CLOSURE);
    }

    @Test
    void theSourceCheckAcceptsOnlyTheOwnersSource() {
        assertThat(EventCatalog.CASE_OPENED.isPublishedBy("/casemgmt/intake-service")).isTrue();
        assertThat(EventCatalog.CASE_OPENED.isPublishedBy("/casemgmt/planning-service")).isFalse();
        assertThat(EventCatalog.CASE_OPENED.isPublishedBy("intake-service")).isFalse();
        assertThat(EventCatalog.PROGRESS_RECORDED.isPublishedBy("/casemgmt/monitoring-service")).isTrue();
    }
}
