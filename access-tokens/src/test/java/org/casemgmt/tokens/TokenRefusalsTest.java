package org.casemgmt.tokens;

import java.text.ParseException;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;

import static org.assertj.core.api.Assertions.assertThat;

/** The library's messages stay out of what a caller reads, whatever they say. */
class TokenRefusalsTest {

    private static final String LIBRARY_TEXT = "An error occurred while attempting to decode the Jwt: Jwt expired at"
            + " 2026-03-01T09:00:00Z";

    @Test
    void namesEveryRuleTheTokenBrokeInThePlatformsWords() {
        JwtValidationException invalid = new JwtValidationException(LIBRARY_TEXT, List.of(
                new OAuth2Error("invalid_token", "Jwt expired at 2026-03-01T09:00:00Z", "https://tools.ietf.org"),
                new OAuth2Error("invalid_token", "it has expired", AccessTokenRules.RULES_URI),
                new OAuth2Error("invalid_token", "it was not granted the casemgmt scope", AccessTokenRules.RULES_URI)));

        assertThat(TokenRefusals.explain(new InvalidBearerTokenException(LIBRARY_TEXT, invalid)))
                .isEqualTo("The access token was refused: it has expired; it was not granted the casemgmt scope.");
    }

    @Test
    void aRuleOfTheLibraryAloneGetsAGeneralSentence() {
        JwtValidationException invalid = new JwtValidationException(LIBRARY_TEXT, List.of(
                new OAuth2Error("invalid_token", "the given typ value needs to be one of [JWT]", null)));

        assertThat(TokenRefusals.explain(new InvalidBearerTokenException(LIBRARY_TEXT, invalid)))
                .isEqualTo(TokenRefusals.NOT_ACCEPTED);
    }

    @Test
    void aTokenThatIsNoJwtIsMalformedAndOneThatCannotBeVerifiedHasABadSignature() {
        BadJwtException unparsable = new BadJwtException("Malformed token", new ParseException("Invalid JWT", 0));
        BadJwtException unverified = new BadJwtException("Signed JWT rejected: Another algorithm expected, or no"
                + " matching key(s) found");

        assertThat(TokenRefusals.explain(new InvalidBearerTokenException(LIBRARY_TEXT, unparsable)))
                .isEqualTo(TokenRefusals.MALFORMED);
        assertThat(TokenRefusals.explain(new InvalidBearerTokenException(LIBRARY_TEXT, unverified)))
                .isEqualTo(TokenRefusals.BAD_SIGNATURE);
        assertThat(TokenRefusals.explain(new InvalidBearerTokenException("Bearer token is malformed")))
                .isEqualTo(TokenRefusals.MALFORMED);
    }
}
