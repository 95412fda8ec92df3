package org.casemgmt.platform.security;

import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import java.util.Map;

import org.casemgmt.tokens.AccessTokenRules;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.jwt.Jwt;

import static org.assertj.core.api.Assertions.assertThat;

class StaffClaimRulesTest {

    private final StaffClaimRules rules = new StaffClaimRules();

    @Test
    void acceptsATokenThatNamesTheAgencyAndAtLeastOneRole() {
        assertThat(reasons(claims -> { })).isEmpty();
    }

    @Test
    void refusesATokenWithoutAgencyOrRolesInThePlatformsWords() {
        assertThat(reasons(claims -> claims.remove("agency"))).containsExactly("it lacks the agency claim");
        assertThat(reasons(claims -> claims.put("agency", " "))).containsExactly("it lacks the agency claim");
        assertThat(reasons(claims -> claims.put("roles", List.of()))).containsExactly("it lacks the roles claim");
        assertThat(reasons(claims -> claims.put("roles", "CASE_WORKER"))).containsExactly("it lacks the roles claim");
        assertThat(reasons(claims -> {
            claims.remove("agency");
            claims.remove("roles");
        })).containsExactly("it lacks the agency and roles claims");
        assertThat(rules.validate(token(claims -> claims.remove("agency"))).getErrors())
                .allSatisfy(error -> assertThat(error.getUri()).isEqualTo(AccessTokenRules.RULES_URI));
    }

    private List<String> reasons(Consumer<Map<String, Object>> change) {
        return rules.validate(token(change)).getErrors().stream().map(OAuth2Error::getDescription).toList();
    }

    private static Jwt token(Consumer<Map<String, Object>> change) {
        return Jwt.withTokenValue("t").header("alg", "RS256").subject("worker.alex")
                .claim("agency", "agency-north").claim("roles", List.of("CASE_WORKER"))
                .issuedAt(Instant.parse("2026-03-01T10:00:00Z")).claims(change).build();
    }
}
