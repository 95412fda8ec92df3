package org.casemgmt.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KafkaCredentialsTest {

    @TempDir
    Path kafkaDir;

    @Test
    void eachUsersPasswordIsCreatedOnceReadableByItsOwnerOnlyAndKeptAcrossStarts() throws Exception {
        KafkaCredentials first = KafkaCredentials.in(kafkaDir, List.of("admin", "intake-service"));
        KafkaCredentials second = KafkaCredentials.in(kafkaDir, List.of("admin", "intake-service", "partner-reader"));

        assertThat(second.password("intake-service")).isEqualTo(first.password("intake-service"))
                .isNotEqualTo(first.password("admin")).hasSizeGreaterThanOrEqualTo(32);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(
                kafkaDir.resolve("intake-service.password"))))
                .isEqualTo("rw-------");
        assertThat(second.passwords()).containsKey("partner-reader");
    }

    @Test
    void aServiceSignsInAsItselfThroughSpringBootsStandardKafkaProperties() throws Exception {
        KafkaCredentials credentials = KafkaCredentials.in(kafkaDir, List.of("planning-service"));

        assertThat(credentials.springEnvironment("planning-service"))
                .containsEntry("SPRING_KAFKA_SECURITY_PROTOCOL", "SASL_PLAINTEXT")
                .containsEntry("SPRING_KAFKA_PROPERTIES_SASL_MECHANISM", "SCRAM-SHA-512")
                .containsEntry("SPRING_KAFKA_PROPERTIES_SASL_JAAS_CONFIG",
                        "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"planning-service\""
                                + " password=\"" + credentials.password("planning-service") + "\";");
    }
}
