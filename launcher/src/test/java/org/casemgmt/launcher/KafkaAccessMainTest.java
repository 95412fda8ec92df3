package org.casemgmt.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;

class KafkaAccessMainTest {

    @Test
    void eachUsersPasswordComesFromItsOwnVariable() {
        assertThat(KafkaAccessMain.passwordVariable("intake-service")).isEqualTo("CASEMGMT_KAFKA_INTAKE_SERVICE_PASSWORD");
        assertThat(KafkaAccessMain.passwordVariable("partner-reader")).isEqualTo("CASEMGMT_KAFKA_PARTNER_READER_PASSWORD");
        assertThat(KafkaAccessMain.passwordVariable("admin")).isEqualTo(KafkaAccessMain.ADMIN_PASSWORD);
    }

    @Test
    void aUserWithoutAPasswordGetsNoCredentials() {
        Map<String, String> passwords = KafkaAccessMain.passwords(KafkaAccessList.fromCatalogue(), Map.of(
                "CASEMGMT_KAFKA_ADMIN_PASSWORD", "a", "CASEMGMT_KAFKA_INTAKE_SERVICE_PASSWORD", "i",
                "CASEMGMT_KAFKA_CLOSURE_SERVICE_PASSWORD", ""));

        assertThat(passwords).containsOnly(Map.entry("admin", "a"), Map.entry("intake-service", "i"));
    }

    @Test
    void refusesToRunWithoutTheAdminsPasswordOrWithOneAJaasLineCannotHold() {
        assertThatThrownBy(() -> KafkaAccessMain.passwords(KafkaAccessList.fromCatalogue(), Map.of()))
                .hasMessageContaining("CASEMGMT_KAFKA_ADMIN_PASSWORD");
        assertThatThrownBy(() -> KafkaAccessMain.passwords(KafkaAccessList.fromCatalogue(),
                Map.of("CASEMGMT_KAFKA_ADMIN_PASSWORD", "a\"b")))
                .hasMessageContaining("quote");
    }
}
