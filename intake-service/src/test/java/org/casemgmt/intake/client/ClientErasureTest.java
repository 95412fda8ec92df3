package org.casemgmt.intake.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.casemgmt.intake.client.TestTokens.TOKENS;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.casemgmt.platform.domain.RuleViolationException;
import org.junit.jupiter.api.Test;

class ClientErasureTest {

    private static final Instant ERASED_AT = Instant.parse("2026-11-24T09:00:00Z");

    private final Client client = Client.register("client-1", new ClientDetails("María", "García",
                    LocalDate.of(1985, 3, 14), List.of(new Identifier("NATIONAL_ID", "AB123456")),
                    new ContactDetails("+34 600 000 000", "maria@example.org", "Calle 1"), "es", "North"),
            TOKENS, "agency-a", "worker-1", Instant.parse("2026-11-23T09:00:00Z"));

    @Test
    void erasureForgetsThePersonAndTheirLookupTokensAndKeepsWhatStatisticsNeed() {
        assertThat(client.erase("admin-1", "DSR-1", ERASED_AT)).isTrue();

        assertThat(client.details()).as("the residency area is written about the person too")
                .isEqualTo(new ClientDetails(null, null, null, List.of(), null, null, null));
        assertThat(client.getStatus()).isEqualTo(ClientStatus.ERASED);
        assertThat(client.getAgencyId()).isEqualTo("agency-a");
        assertThat(client.getRegisteredAt()).isEqualTo(Instant.parse("2026-11-23T09:00:00Z"));
        assertThat(client.getErasedAt()).isEqualTo(ERASED_AT);
        assertThat(client.getErasedBy()).isEqualTo("admin-1");
        assertThat(client.getErasureReference()).isEqualTo("DSR-1");
    }

    @Test
    void aSecondErasureChangesNothing() {
        client.erase("admin-1", "DSR-1", ERASED_AT);

        assertThat(client.erase("admin-2", "DSR-2", ERASED_AT.plusSeconds(60))).isFalse();
        assertThat(client.getErasedBy()).isEqualTo("admin-1");
        assertThat(client.getErasedAt()).isEqualTo(ERASED_AT);
    }

    @Test
    void anErasedClientCannotBeChangedOrReactivated() {
        client.erase("admin-1", null, ERASED_AT);

        assertThatThrownBy(() -> client.apply(new ClientDetails("María", "García", null, null, null, null, null),
                TOKENS)).isInstanceOfSatisfying(RuleViolationException.class,
                refused -> assertThat(refused.slug()).isEqualTo("client-erased"));
        assertThatThrownBy(() -> client.changeStatus(ClientStatus.ACTIVE))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        refused -> assertThat(refused.slug()).isEqualTo("client-erased"));
    }

    @Test
    void erasureIsNotAStatusChange() {
        assertThatThrownBy(() -> client.changeStatus(ClientStatus.ERASED))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        refused -> assertThat(refused.slug()).isEqualTo("erasure-required"));
        assertThat(client.getStatus()).isEqualTo(ClientStatus.ACTIVE);
    }

    @Test
    void theLookupTokensHideTheValuesAndDifferByPurpose() {
        String identifier = TOKENS.identifier(new Identifier("national_id", "ab-123 456"));

        assertThat(identifier).isEqualTo(TOKENS.identifier(new Identifier("NATIONAL_ID", "AB123456")))
                .doesNotContain("AB123456");
        assertThat(TOKENS.nameSounds("Smyth")).isEqualTo(TOKENS.nameSounds("Smith"));
        assertThat(TOKENS.birthDate(LocalDate.of(1985, 3, 14))).isNotEqualTo(identifier)
                .doesNotContain("1985");
    }
}
