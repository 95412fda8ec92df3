package org.casemgmt.intake.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

class ConsentPolicyTest {

    private static final Instant GIVEN = Instant.parse("2026-11-01T10:00:00Z");
    private static final Instant EXPIRES = Instant.parse("2027-11-01T10:00:00Z");

    private final ConsentPolicy policy = new ConsentPolicy();

    private final Consent consent = Consent.given("c-1", "case coordination", List.of("agency-a", "agency-b"),
            ConsentGiver.CLIENT, "worker-1", GIVEN, EXPIRES);

    @Test
    void aConsentIsInForceFromTheMomentItIsGiven() {
        assertThat(policy.inForceAt(consent, GIVEN)).isTrue();
        assertThat(policy.inForceAt(consent, GIVEN.minusSeconds(1))).isFalse();
    }

    @Test
    void aConsentLapsesAtItsExpiry() {
        assertThat(policy.inForceAt(consent, EXPIRES.minusSeconds(1))).isTrue();
        assertThat(policy.inForceAt(consent, EXPIRES)).isFalse();
    }

    @Test
    void aConsentWithoutExpiryStaysInForce() {
        Consent openEnded = Consent.given("c-2", "case coordination", List.of(), ConsentGiver.LEGAL_REPRESENTATIVE,
                "worker-1", GIVEN, null);

        assertThat(policy.inForceAt(openEnded, GIVEN.plus(Duration.ofDays(3650)))).isTrue();
    }

    @Test
    void aWithdrawnConsentIsNoLongerInForceFromTheWithdrawalOn() {
        Instant withdrawnAt = GIVEN.plus(Duration.ofDays(10));
        Consent withdrawn = consent.withdraw("changed my mind", "worker-2", withdrawnAt);

        assertThat(policy.inForceAt(withdrawn, withdrawnAt.minusSeconds(1))).isTrue();
        assertThat(policy.inForceAt(withdrawn, withdrawnAt)).isFalse();
        assertThat(withdrawn.withdrawal().reason()).isEqualTo("changed my mind");
        assertThat(withdrawn.recordedBy()).isEqualTo("worker-1");
    }

    @Test
    void aConsentCannotBeWithdrawnTwice() {
        Consent withdrawn = consent.withdraw(null, "worker-2", GIVEN.plusSeconds(60));

        assertThatThrownBy(() -> withdrawn.withdraw("again", "worker-2", GIVEN.plusSeconds(120)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("already withdrawn");
    }

    @Test
    void aConsentMustExpireAfterItIsGiven() {
        assertThatThrownBy(() -> Consent.given("c-3", "x", List.of(), ConsentGiver.CLIENT, "w", GIVEN, GIVEN))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aConsentCoversOnlyTheAgenciesItNames() {
        Instant during = GIVEN.plus(Duration.ofDays(1));

        assertThat(policy.coversAgency(consent, "agency-b", during)).isTrue();
        assertThat(policy.coversAgency(consent, "agency-c", during)).isFalse();
    }

    @Test
    void aConsentNoLongerInForceCoversNoAgency() {
        Consent withdrawn = consent.withdraw("moved away", "worker-1", GIVEN.plus(Duration.ofDays(1)));

        assertThat(policy.coversAgency(consent, "agency-a", EXPIRES)).isFalse();
        assertThat(policy.coversAgency(withdrawn, "agency-a", GIVEN.plus(Duration.ofDays(2)))).isFalse();
    }

    @Test
    void theConsentInForceIsTheLatestOneStillValid() {
        Consent older = Consent.given("old", "p", List.of(), ConsentGiver.CLIENT, "w", GIVEN.minus(Duration.ofDays(30)),
                null);
        Consent newerButWithdrawn = Consent.given("new", "p", List.of(), ConsentGiver.CLIENT, "w", GIVEN, null)
                .withdraw("no", "w", GIVEN.plusSeconds(1));
        Instant now = GIVEN.plus(Duration.ofDays(1));

        assertThat(policy.consentInForce(List.of(older, consent, newerButWithdrawn), now)).contains(consent);
        assertThat(policy.consentInForce(List.of(newerButWithdrawn), now)).isEmpty();
    }
}
