package org.casemgmt.console.casefile;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ConsentBannerTest {

    private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");

    @Test
    void theLatestConsentInForceNamesItsAgenciesAndEnd() {
        ConsentBanner banner = ConsentBanner.of(List.of(
                consent("2026-11-01T00:00:00Z", "2027-01-01T00:00:00Z", false, "agency-north"),
                consent("2026-12-01T00:00:00Z", "2027-12-01T00:00:00Z", false, "agency-north", "shelter-north")),
                NOW);
        assertThat(banner.inForce()).isTrue();
        assertThat(banner.consentId()).isEqualTo("consent-2026-12-01T00:00:00Z");
        assertThat(banner.agencies()).containsExactly("agency-north", "shelter-north");
        assertThat(banner.expiresAt()).isEqualTo(Instant.parse("2027-12-01T00:00:00Z"));
        assertThat(banner.ended()).isNull();
    }

    @Test
    void withdrawnExpiredOrNoneIsNotInForceAndSaysWhy() {
        assertThat(ConsentBanner.of(List.of(consent("2026-12-01T00:00:00Z", null, true, "a")), NOW).ended())
                .isEqualTo("WITHDRAWN");
        ConsentBanner expired = ConsentBanner.of(List.of(consent("2026-01-01T00:00:00Z", "2026-12-07T10:00:00Z",
                false, "a")), NOW);
        assertThat(expired.inForce()).isFalse();
        assertThat(expired.ended()).isEqualTo("EXPIRED");
        ConsentBanner none = ConsentBanner.of(List.of(), NOW);
        assertThat(none.inForce()).isFalse();
        assertThat(none.ended()).isEqualTo("NONE");
        assertThat(none.consentId()).isNull();
    }

    @Test
    void aConsentWithoutAnEndIsInForce() {
        assertThat(ConsentBanner.of(List.of(consent("2026-12-01T00:00:00Z", null, false, "a")), NOW).inForce())
                .isTrue();
    }

    private static Map<String, Object> consent(String givenAt, String expiresAt, boolean withdrawn,
            String... agencies) {
        Map<String, Object> consent = new java.util.HashMap<>();
        consent.put("id", "consent-" + givenAt);
        consent.put("givenAt", givenAt);
        consent.put("expiresAt", expiresAt);
        consent.put("withdrawn", withdrawn);
        consent.put("sharedWithAgencyIds", List.of(agencies));
        return consent;
    }
}
