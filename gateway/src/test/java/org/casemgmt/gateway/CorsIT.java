package org.casemgmt.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/** Only {@link GatewayWithStubbedStages#CONSOLE_ORIGIN} is configured. */
class CorsIT extends GatewayWithStubbedStages {

    private static final String OTHER_ORIGIN = "https://elsewhere.example";

    @Test
    void theGatewayAnswersTheConfiguredConsolesPreflightItselfWithoutAskingForAToken() {
        anonymous.options().uri("/api/intake/cases")
                .header("Origin", CONSOLE_ORIGIN)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers",
                        "authorization, content-type, idempotency-key, if-match, x-correlation-id")
                .exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals("Access-Control-Allow-Origin", CONSOLE_ORIGIN)
                .expectHeader().value("Access-Control-Allow-Methods",
                        methods -> assertThat(methods).contains("POST", "PUT", "PATCH", "DELETE"))
                .expectHeader().value("Access-Control-Allow-Headers", headers -> assertThat(headers.toLowerCase())
                        .contains("authorization", "content-type", "idempotency-key", "if-match", "x-correlation-id")
                        .doesNotContain("x-actor-id"))
                .expectHeader().valueEquals("Access-Control-Max-Age", "3600")
                .expectHeader().doesNotExist("Access-Control-Allow-Credentials");

        assertThat(intake.receivedAt("/api/intake/cases")).noneMatch(request -> request.method().equals("OPTIONS"));
    }

    @Test
    void aPreflightFromAnyOtherOriginIsRefusedWithAProblem() {
        anonymous.options().uri("/api/intake/cases")
                .header("Origin", OTHER_ORIGIN)
                .header("Access-Control-Request-Method", "POST")
                .header("X-Correlation-Id", "corr-cors")
                .exchange()
                .expectStatus().isForbidden()
                .expectHeader().contentType(PROBLEM_JSON)
                .expectHeader().doesNotExist("Access-Control-Allow-Origin")
                .expectBody()
                .jsonPath("$.type").isEqualTo("urn:casemgmt:problem:forbidden")
                .jsonPath("$.instance").isEqualTo("/api/intake/cases")
                .jsonPath("$.correlationId").isEqualTo("corr-cors");
    }

    @Test
    void theConsoleMayReadTheHeadersTheApiAnswersWith() {
        intake.answer("/api/intake/cases/case-3", 200, "application/json", "{}");

        gateway.get().uri("/api/intake/cases/case-3")
                .header("Origin", CONSOLE_ORIGIN)
                .exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals("Access-Control-Allow-Origin", CONSOLE_ORIGIN)
                .expectHeader().value("Access-Control-Expose-Headers", exposed -> assertThat(exposed)
                        .contains("Location", "X-Correlation-Id", "Retry-After", "Idempotent-Replayed"));
    }

    @Test
    void theConsoleMayReadTheRefusalOfARequestWithoutAToken() {
        anonymous.get().uri("/api/intake/cases/case-4")
                .header("Origin", CONSOLE_ORIGIN)
                .exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().valueEquals("Access-Control-Allow-Origin", CONSOLE_ORIGIN)
                .expectHeader().value("Access-Control-Expose-Headers",
                        exposed -> assertThat(exposed).contains("X-Correlation-Id"));
    }

    @Test
    void aRequestFromAnyOtherOriginNeverReachesTheStage() {
        gateway.post().uri("/api/intake/referral-requests")
                .header("Origin", OTHER_ORIGIN)
                .contentType(MediaType.TEXT_PLAIN)
                .bodyValue("forged")
                .exchange()
                .expectStatus().isForbidden()
                .expectHeader().contentType(PROBLEM_JSON);

        assertThat(intake.receivedAt("/api/intake/referral-requests")).isEmpty();
    }
}
