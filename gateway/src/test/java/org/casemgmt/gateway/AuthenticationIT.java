package org.casemgmt.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.casemgmt.testsupport.TestIssuer;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Every route to a stage needs a valid token from the trusted issuer; a refusal is a problem and a challenge. */
class AuthenticationIT extends GatewayWithStubbedStages {

    /** Refused requests only: none may ever reach the stage. */
    private static final String PATH = "/api/intake/cases/case-7";

    @Test
    void aRequestWithoutATokenIsRefusedWithTheProblemAndTheBearerChallenge() {
        String body = assertUnauthenticated(anonymous.get().uri(PATH).header("X-Correlation-Id", "corr-401")
                .exchange()
                .expectHeader().valueEquals("WWW-Authenticate", "Bearer")
                .expectHeader().valueEquals("X-Correlation-Id", "corr-401"));

        assertThat(body).contains("\"correlationId\":\"corr-401\"")
                .contains("\"detail\":\"This request needs an access token: send it as 'Authorization: Bearer <token>'.\"");
        assertThat(intake.receivedAt(PATH)).isEmpty();
    }

    @Test
    void anUntrustworthyTokenIsRefusedSayingWhatIsWrongInThePlatformsWords() {
        Map<String, String> reasons = Map.of(
                issuer.token("worker.alex", "agency-1", "CASE_WORKER").expired().encode(),
                "it has expired",
                issuer.token("worker.alex", "agency-1", "CASE_WORKER").signedByStranger().encode(),
                "its signature could not be verified with the keys the trusted authorisation server publishes",
                issuer.token("worker.alex", "agency-1", "CASE_WORKER").issuedBy(TestIssuer.OTHER_ISSUER).encode(),
                "it was not issued by the authorisation server this platform trusts",
                issuer.token("worker.alex", "agency-1", "CASE_WORKER").withScope("openid profile").encode(),
                "it was not granted the casemgmt scope",
                issuer.token("worker.alex", "agency-1", "CASE_WORKER").forAudience("billing-api").encode(),
                "it is meant for another API: its audience is not casemgmt",
                issuer.token("worker.alex", "agency-1", "CASE_WORKER").without("aud").encode(),
                "it is meant for another API: its audience is not casemgmt",
                "opaque-token",
                "it is not a well-formed signed JWT");
        reasons.forEach((token, reason) -> {
            String detail = "The access token was refused: " + reason + ".";
            String body = assertUnauthenticated(as(token).get().uri(PATH).exchange()
                    .expectHeader().valueEquals("WWW-Authenticate",
                            "Bearer error=\"invalid_token\", error_description=\"" + detail + "\""));

            assertThat(body).as(reason).contains("\"detail\":\"" + detail + "\"")
                    // Neither the validator's words nor where the gateway or its issuer live.
                    .doesNotContain("Exception", "at org.", "Jwt", "JOSE", "claim is not valid", "127.0.0.1",
                            "localhost", "issuer.casemgmt.test", "someone-else");
        });
        assertThat(intake.receivedAt(PATH)).isEmpty();
    }

    @Test
    void aRefusalCarriesTheBrowserProtectionsAndOpensNoSession() {
        assertUnauthenticated(anonymous.get().uri(PATH).exchange()
                .expectHeader().valueEquals("X-Content-Type-Options", "nosniff")
                .expectHeader().valueEquals("X-Frame-Options", "DENY")
                .expectHeader().valueEquals("Cache-Control", "no-store")
                .expectHeader().doesNotExist("Set-Cookie"));
    }

    @Test
    void aValidTokenIsLetThroughAndRelayedUnchanged() {
        String path = "/api/intake/cases/case-8";
        intake.answer(path, 200, "application/json", "{\"caseId\":\"case-8\"}");
        String supervisor = issuer.tokenFor("sup.kim", "agency-2", "SUPERVISOR", "AUDITOR");

        as(supervisor).get().uri(path).exchange()
                .expectStatus().isOk()
                .expectHeader().doesNotExist("Set-Cookie")
                .expectBody().json("{\"caseId\":\"case-8\"}");

        assertThat(intake.lastReceivedAt(path).headers().get("Authorization")).containsExactly("Bearer " + supervisor);
    }

    @Test
    void aTokenSentWhereNoneIsNeededIsCheckedAllTheSame() {
        assertUnauthenticated(as(issuer.token("worker.alex", "agency-1", "CASE_WORKER").expired().encode())
                .get().uri("/openapi/intake").exchange());
    }

    @Test
    void unknownPathsAskForATokenBeforeSayingTheyAreUnknown() {
        assertUnauthenticated(anonymous.get().uri("/api/unknown-stage/things").exchange());
    }

    /** Returns the problem document, for what a test checks beyond what every refusal has. */
    private static String assertUnauthenticated(WebTestClient.ResponseSpec response) {
        byte[] body = response.expectStatus().isUnauthorized()
                .expectHeader().contentType(PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("urn:casemgmt:problem:unauthenticated")
                .jsonPath("$.title").isEqualTo("Authentication required")
                .jsonPath("$.status").isEqualTo(401)
                .jsonPath("$.instance").exists()
                .jsonPath("$.trace").doesNotExist()
                .returnResult().getResponseBody();
        return new String(body, StandardCharsets.UTF_8);
    }
}
