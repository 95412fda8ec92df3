package org.casemgmt.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

class SecurityHeadersIT extends GatewayWithStubbedStages {

    @Test
    void aProxiedAnswerCarriesTheBrowserProtections() {
        intake.answer("/api/intake/clients/c-2", 200, "application/json", "{\"clientId\":\"c-2\"}");

        assertProtected(gateway.get().uri("/api/intake/clients/c-2").exchange().expectStatus().isOk());
    }

    @Test
    void errorsTheGatewayAnswersItselfCarryThemToo() {
        assertProtected(gateway.get().uri("/api/unknown-stage/things").exchange().expectStatus().isNotFound());
        assertProtected(gateway.get().uri("/api/planning/plans").exchange().expectStatus().isEqualTo(503));
    }

    @Test
    void aRefusalForWantOfATokenCarriesThemToo() {
        assertProtected(anonymous.get().uri("/api/intake/clients/c-2").exchange().expectStatus().isUnauthorized());
    }

    @Test
    void aRateLimitRefusalCarriesThemToo() {
        throttled.answer("/api/throttled/headers", 200, "application/json", "[]");
        WebTestClient eager = as(issuer.tokenFor("headers-eager", "agency-1", "CASE_WORKER"));
        eager.get().uri("/api/throttled/headers").exchange().expectStatus().isOk();
        eager.get().uri("/api/throttled/headers").exchange().expectStatus().isOk();

        assertProtected(eager.get().uri("/api/throttled/headers").exchange().expectStatus().isEqualTo(429));
    }

    /** Answered before the security chain runs: the reason the protections are not written inside that chain. */
    @Test
    void answersGivenBeforeTheTokenIsCheckedCarryThemToo() {
        assertProtected(anonymous.options().uri("/api/intake/cases")
                .header("Origin", CONSOLE_ORIGIN)
                .header("Access-Control-Request-Method", "POST")
                .exchange()
                .expectStatus().isOk());
        assertProtected(gateway.post().uri("/api/intake/documents")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("x".repeat(17 * 1024))
                .exchange()
                .expectStatus().isEqualTo(413));
    }

    @Test
    void aServicesOwnCachingAndFramingHeadersStandAndAreNotDoubled() {
        intake.answer("/api/intake/programs/catalogue", exchange -> {
            exchange.getResponseHeaders().set("Cache-Control", "private, max-age=60");
            exchange.getResponseHeaders().set("X-Frame-Options", "SAMEORIGIN");
            DownstreamStub.respond(exchange, 200, "application/json", "[]");
        });

        gateway.get().uri("/api/intake/programs/catalogue").exchange()
                .expectStatus().isOk()
                .expectHeader().values("Cache-Control",
                        values -> assertThat(values).containsExactly("private, max-age=60"))
                .expectHeader().values("X-Frame-Options", values -> assertThat(values).containsExactly("SAMEORIGIN"))
                .expectHeader().valueEquals("X-Content-Type-Options", "nosniff");
    }

    @Test
    void aClientThatCameOverHttpsThroughAProxyIsToldToStayOnHttps() {
        intake.answer("/api/intake/consents/k-1", 200, "application/json", "{}");

        gateway.get().uri("/api/intake/consents/k-1")
                .header("X-Forwarded-Proto", "https")
                .exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals("Strict-Transport-Security", "max-age=31536000");
    }

    private static void assertProtected(WebTestClient.ResponseSpec response) {
        response.expectHeader().valueEquals("X-Content-Type-Options", "nosniff")
                .expectHeader().valueEquals("X-Frame-Options", "DENY")
                .expectHeader().valueEquals("Content-Security-Policy", "frame-ancestors 'none'")
                .expectHeader().valueEquals("Referrer-Policy", "no-referrer")
                .expectHeader().valueEquals("Cache-Control", "no-store")
                .expectHeader().doesNotExist("Strict-Transport-Security");
    }
}
