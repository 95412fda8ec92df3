package org.casemgmt.platform.security;

import java.time.Instant;
import java.util.List;

import org.casemgmt.platform.web.CurrentActor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;

import static org.assertj.core.api.Assertions.assertThat;

class TokenCurrentActorTest {

    private final CurrentActor actor = new TokenCurrentActor();

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void isTheTokensSubjectWithItsAgencyAndRoles() {
        signIn(token().subject("worker.alex").claim("agency", "agency-north")
                .claim("roles", List.of("CASE_WORKER", "SUPERVISOR")).build());

        assertThat(actor.id()).isEqualTo("worker.alex");
        assertThat(actor.agencyId()).isEqualTo("agency-north");
        assertThat(actor.hasRole("SUPERVISOR")).isTrue();
        assertThat(actor.hasRole("AUDITOR")).isFalse();
    }

    @Test
    void prefersTheReadableUserNameOverAnOpaqueSubject() {
        signIn(token().subject("5f0c1c2e-8d1a-4a52-9f55-0b6a0e6f7c11").claim("preferred_username", "worker.alex")
                .claim("agency", "agency-north").claim("roles", List.of("CASE_WORKER")).build());

        assertThat(actor.id()).isEqualTo("worker.alex");
    }

    @Test
    void isNobodyOutsideARequest() {
        assertThat(actor.id()).isEqualTo(CurrentActor.UNIDENTIFIED);
        assertThat(actor.agencyId()).isNull();
        assertThat(actor.hasRole("CASE_WORKER")).isFalse();
    }

    private static Jwt.Builder token() {
        return Jwt.withTokenValue("t").header("alg", "RS256").issuedAt(Instant.now())
                .expiresAt(Instant.now().plusSeconds(60));
    }

    private static void signIn(Jwt token) {
        SecurityContextHolder.getContext().setAuthentication(new StaffAuthenticationConverter().convert(token));
    }
}
