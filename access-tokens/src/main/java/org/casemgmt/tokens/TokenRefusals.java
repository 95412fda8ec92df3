package org.casemgmt.tokens;

import java.text.ParseException;
import java.util.List;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.JwtValidationException;

/**
 * Why a presented access token was refused, in the platform's words. The JWT library's messages name key ids, JOSE
 * internals, dates in its own format and the issuer's address; a caller needs to know only what to do: get a new
 * token, from the right server, for this API.
 */
public final class TokenRefusals {

    public static final String MALFORMED = "The access token was refused: it is not a well-formed signed JWT.";
    public static final String BAD_SIGNATURE = "The access token was refused: its signature could not be verified with"
            + " the keys the trusted authorisation server publishes.";
    public static final String NOT_ACCEPTED = "The access token was refused: it does not meet the platform's requirements"
            + " for an access token.";

    private TokenRefusals() {
    }

    /** One sentence, for the problem's detail and the challenge's {@code error_description}. */
    public static String explain(AuthenticationException refusal) {
        JwtValidationException invalid = find(refusal, JwtValidationException.class);
        if (invalid != null) {
            List<String> reasons = invalid.getErrors().stream()
                    .filter(error -> AccessTokenRules.RULES_URI.equals(error.getUri()))
                    .map(OAuth2Error::getDescription).toList();
            return reasons.isEmpty() ? NOT_ACCEPTED
                    : "The access token was refused: " + String.join("; ", reasons) + ".";
        }
        if (find(refusal, ParseException.class) != null) {
            return MALFORMED;
        }
        // The decoder parsed the token but could not verify it: unsigned, unknown key, or a signature that fails.
        if (find(refusal, BadJwtException.class) != null) {
            return BAD_SIGNATURE;
        }
        // Refused before decoding, e.g. a header value that is no bearer token at all.
        return MALFORMED;
    }

    private static <T extends Throwable> T find(Throwable thrown, Class<T> type) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
        }
        return null;
    }
}
