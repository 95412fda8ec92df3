package org.casemgmt.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;

/** TestIssuer mints tokens with our authorisation server's claims only, so Keycloak's are checked here. */
class TokenSecurityTest {

    @Test
    void aKeycloakTokenNamesItsCallerByTheReadableUserNameNotTheUuidSubject() {
        Jwt keycloak = token().subject("5f0c7a52-8d1e-4b3e-9d38-6b0f6f2c1a77")
                .claim("preferred_username", "worker.alex").build();

        assertThat(TokenSecurity.authenticated(keycloak).block().getName()).isEqualTo("worker.alex");
    }

    @Test
    void aTokenWithoutAUserNameNamesItsCallerByTheSubject() {
        assertThat(TokenSecurity.authenticated(token().subject("partner-shelter").build()).block().getName())
                .isEqualTo("partner-shelter");
        assertThat(TokenSecurity.authenticated(token().subject("worker.kim").claim("preferred_username", " ").build())
                .block().getName()).isEqualTo("worker.kim");
    }

    private static Jwt.Builder token() {
        return Jwt.withTokenValue("token").header("alg", "RS256").issuedAt(Instant.now())
                .expiresAt(Instant.now().plusSeconds(60));
    }
}
