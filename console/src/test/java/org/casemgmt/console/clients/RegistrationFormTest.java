package org.casemgmt.console.clients;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RegistrationFormTest {

    @Test
    void sendsWhatWasTypedWithTheIdentifierAndTheConfirmation() {
        Map<String, Object> client = ClientController.registration(Map.of("givenName", " María ",
                "familyName", "García López", "birthDate", "1985-03-14", "identifierType", "PASSPORT",
                "identifierValue", " AB123 ", "phone", "+34 600", "confirmedNotDuplicate", "true"));
        assertThat(client).containsEntry("givenName", "María").containsEntry("familyName", "García López")
                .containsEntry("birthDate", "1985-03-14").containsEntry("confirmedNotDuplicate", true)
                .containsEntry("version", 0).containsEntry("identifiers",
                        List.of(Map.of("type", "PASSPORT", "value", "AB123")));
        assertThat(map(client.get("contact"))).containsEntry("phone", "+34 600").containsEntry("email", null);
    }

    @Test
    void leavesOutAnEmptyIdentifierAndAsksForNoConfirmationUnlessGiven() {
        Map<String, Object> client = ClientController.registration(Map.of("givenName", "", "identifierValue", " "));
        assertThat(client.get("identifiers")).isEqualTo(List.of());
        assertThat(client).containsEntry("givenName", null).containsEntry("confirmedNotDuplicate", false);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }
}
