package org.casemgmt.tokens;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.jwt.Jwt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AccessTokenRulesTest {

    private static final String ISSUER = "https://issuer.example";
    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

    private final AccessTokenRules rules = new AccessTokenRules(ISSUER, List.of("casemgmt"),
            Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void acceptsAPlatformTokenWithTheScopeAsAStringOrAnArray() {
        assertThat(reasons(token())).isEmpty();
        assertThat(reasons(token().claim("scope", List.of("openid", "casemgmt")))).isEmpty();
        assertThat(reasons(token().claim("scope", "casemgmt profile"))).isEmpty();
    }

    @Test
    void refusesATokenWithoutTheCasemgmtScope() {
        assertThat(reasons(token().claim("scope", "openid profile")))
                .containsExactly("it was not granted the casemgmt scope");
        assertThat(reasons(token().claims(claims -> claims.remove("scope"))))
                .containsExactly("it was not granted the casemgmt scope");
    }

    @Test
    void refusesATokenForAnotherAudienceOrNone() {
        assertThat(reasons(token().audience(List.of("billing-api"))))
                .containsExactly("it is meant for another API: its audience is not casemgmt");
        assertThat(reasons(token().claims(claims -> claims.remove("aud"))))
                .containsExactly("it is meant for another API: its audience is not casemgmt");
        assertThat(reasons(token().audience(List.of("casemgmt-cli", "casemgmt")))).isEmpty();
    }

    @Test
    void theAudienceIsConfigurable() {
        AccessTokenRules forTheApiIdentifier = new AccessTokenRules(ISSUER,
                List.of("https://api.casemgmt.example"), Clock.fixed(NOW, ZoneOffset.UTC));

        assertThat(forTheApiIdentifier.validate(token().audience(List.of("https://api.casemgmt.example")).build())
                .hasErrors()).isFalse();
        assertThat(forTheApiIdentifier.validate(token().build()).hasErrors()).isTrue();
        assertThatThrownBy(() -> new AccessTokenRules(ISSUER, List.of(), Clock.systemUTC()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesAnExpiredTokenOnceTheClockSkewHasPassed() {
        assertThat(reasons(token().issuedAt(NOW.minus(Duration.ofMinutes(40)))
                .expiresAt(NOW.minus(Duration.ofMinutes(5))))).containsExactly("it has expired");
        assertThat(reasons(token().expiresAt(NOW.minusSeconds(30)))).isEmpty();
        assertThat(reasons(token().notBefore(NOW.plus(Duration.ofMinutes(5))))).containsExactly("it is not valid yet");
    }

    @Test
    void refusesATokenFromAnotherIssuer() {
        assertThat(reasons(token().issuer("https://someone-else.example")))
                .containsExactly("it was not issued by the authorisation server this platform trusts");
        assertThat(new AccessTokenRules("", List.of("casemgmt"), Clock.fixed(NOW, ZoneOffset.UTC))
                .validate(token().issuer("https://someone-else.example").build()).hasErrors())
                .as("only a key set configured: the keys decide").isFalse();
    }

    @Test
    void marksEveryErrorAsItsOwnSoARefusalIsExplainedInTheseWords() {
        assertThat(rules.validate(token().claim("scope", "openid").build()).getErrors())
                .allSatisfy(error -> assertThat(error.getUri()).isEqualTo(AccessTokenRules.RULES_URI))
                .allSatisfy(error -> assertThat(error.getErrorCode()).isEqualTo("invalid_token"));
    }

    private List<String> reasons(Jwt.Builder token) {
        return rules.validate(token.build()).getErrors().stream().map(OAuth2Error::getDescription).toList();
    }

    private static Jwt.Builder token() {
        return Jwt.withTokenValue("t").header("alg", "RS256").issuer(ISSUER).subject("worker.alex")
                .audience(List.of("casemgmt")).claim("scope", "openid casemgmt")
                .claim("agency", "agency-north").claim("roles", List.of("CASE_WORKER"))
                .issuedAt(NOW.minusSeconds(60)).expiresAt(NOW.plus(Duration.ofMinutes(29)));
    }
}
