package org.casemgmt.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;

class TokenRulesTest {

    private static final String ISSUER = "https://issuer.example";
    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    private final TokenRules rules = new TokenRules(ISSUER, List.of("casemgmt"), Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void acceptsAPlatformTokenWhetherItsScopeIsAStringOrAnArray() {
        assertThat(reasons(token())).isEmpty();
        assertThat(reasons(token().claim("scope", List.of("casemgmt", "openid")))).isEmpty();
    }

    @Test
    void refusesATokenWithoutTheScopeOrForAnotherAudience() {
        assertThat(reasons(token().claim("scope", "openid"))).containsExactly("it was not granted the casemgmt scope");
        assertThat(reasons(token().audience(List.of("billing-api"))))
                .containsExactly("it is meant for another API: its audience is not casemgmt");
        assertThat(new TokenRules(ISSUER, List.of("https://api.casemgmt.example"), Clock.fixed(NOW, ZoneOffset.UTC))
                .validate(token().audience(List.of("https://api.casemgmt.example")).build()).hasErrors())
                .as("the audience is configurable").isFalse();
    }

    @Test
    void refusesAnExpiredTokenAndOneFromAnotherIssuer() {
        assertThat(reasons(token().issuedAt(NOW.minus(Duration.ofMinutes(40)))
                .expiresAt(NOW.minus(Duration.ofMinutes(5))))).containsExactly("it has expired");
        assertThat(reasons(token().issuer("https://someone-else.example")))
                .containsExactly("it was not issued by the authorisation server this platform trusts");
    }

    @Test
    void explainsARefusalWithItsOwnWordsOnly() {
        JwtValidationException invalid = new JwtValidationException("Jwt expired at 2026", List.of(
                new OAuth2Error("invalid_token", "Jwt expired at 2026", null),
                new OAuth2Error("invalid_token", "it has expired", TokenRules.RULES_URI)));

        assertThat(TokenRules.explain(new InvalidBearerTokenException("Jwt expired at 2026", invalid)))
                .isEqualTo("The access token was refused: it has expired.");
        assertThat(TokenRules.explain(new InvalidBearerTokenException("x", new JwtValidationException("typ",
                List.of(new OAuth2Error("invalid_token", "typ", null)))))).isEqualTo(TokenRules.NOT_ACCEPTED);
        assertThat(TokenRules.explain(new InvalidBearerTokenException("x",
                new BadJwtException("Malformed token", new ParseException("no", 0))))).isEqualTo(TokenRules.MALFORMED);
        assertThat(TokenRules.explain(new InvalidBearerTokenException("x",
                new BadJwtException("Signed JWT rejected: Invalid signature")))).isEqualTo(TokenRules.BAD_SIGNATURE);
    }

    private List<String> reasons(Jwt.Builder token) {
        return rules.validate(token.build()).getErrors().stream().map(OAuth2Error::getDescription).toList();
    }

    private static Jwt.Builder token() {
        return Jwt.withTokenValue("t").header("alg", "RS256").issuer(ISSUER).subject("worker.alex")
                .audience(List.of("casemgmt")).claim("scope", "openid casemgmt")
                .issuedAt(NOW.minusSeconds(60)).expiresAt(NOW.plus(Duration.ofMinutes(29)));
    }
}
