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
    void anExpiredTokenAForgedOneAndOneFromAnotherIssuerAreRefused() {
        Map<String, String> refused = Map.of(
                "expired", issuer.token("worker.alex", "agency-1", "CASE_WORKER").expired().encode(),
                "signed by a stranger", issuer.token("worker.alex", "agency-1", "CASE_WORKER").signedByStranger().encode(),
                "another issuer's", issuer.token("worker.alex", "agency-1", "CASE_WORKER")
                        .issuedBy(TestIssuer.OTHER_ISSUER).encode(),
                "not a JWT", "opaque-token");
        refused.forEach((kind, token) -> {
            String body = assertUnauthenticated(as(token).get().uri(PATH).exchange()
                    .expectHeader().value("WWW-Authenticate",
                            challenge -> assertThat(challenge).as(kind).startsWith("Bearer error=\"invalid_token\"")));

            assertThat(body).as(kind).contains("The access token was refused")
                    // Neither the validator's words nor where the gateway or its issuer live.
                    .doesNotContain("Exception", "at org.", "Jwt", "127.0.0.1", "localhost", "issuer.casemgmt.test",
                            "someone-else");
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
