package org.casemgmt.referral;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.casemgmt.platform.testing.StageOpenApiDocumentTest;
import org.junit.jupiter.api.Test;

/** What referral's own endpoints promise in its OpenAPI document, beyond what every stage's says. */
class OpenApiDocumentIT extends StageOpenApiDocumentTest {

    @Test
    void requestingAReferralIsA201NamingEveryConsentRefusal() {
        String request = "$.paths['/api/referral/referrals'].post";

        assertThat(document.read(request + ".operationId", String.class)).isEqualTo("requestReferral");
        assertThat(document.read(request + ".responses.201.headers", Map.class)).containsKey("Location");
        assertThat(document.read(request + ".responses.409.description", String.class))
                .contains("consent-does-not-cover-agency", "consent-expired", "consent-withdrawn", "no-capacity");
        assertThat(document.read(request + ".parameters[*]['$ref']", List.class))
                .contains("#/components/parameters/IdempotencyKey");
    }

    @Test
    void theProvidersAnswersAreOperationsOfTheirOwn() {
        assertThat(document.read("$.paths", Map.class)).containsKeys(
                "/api/referral/referrals/{id}/accept", "/api/referral/referrals/{id}/decline",
                "/api/referral/referrals/{id}/complete", "/api/referral/cases/{caseId}/matches",
                "/api/referral/cases/{caseId}/care-team");
    }

    @Test
    void everyErrorOfTheApiIsAProblemDocument() {
        assertThat(document.errorsThatAreNoProblemDocument()).isEmpty();
    }
}
