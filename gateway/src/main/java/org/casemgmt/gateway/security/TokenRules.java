package org.casemgmt.gateway.security;

import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtValidationException;

/**
 * What a signed access token must be to pass the gateway, each rule refusing in the gateway's own words: from the
 * configured issuer, within its lifetime, meant for the platform's API (the audience, {@code casemgmt} by default)
 * and granted the {@value #SCOPE} scope. Whose agency and which roles are the services' to check.
 *
 * <p>Spring Boot's decoder checks issuer and lifetime as well, with the library's messages; these rules repeat those
 * two so that every refusal of a signed token has a reason the 401 can name ({@link #explain}). The services apply
 * the same rules (platform-support's {@code AccessTokenRules}), in the same words; the gateway does not depend on
 * platform-support, which is a servlet stack.
 */
final class TokenRules implements OAuth2TokenValidator<Jwt> {

    static final String SCOPE = "casemgmt";
    static final String DEFAULT_AUDIENCE = "casemgmt";
    /** Marks the errors written here, so that a refusal is explained with these words only. */
    static final String RULES_URI = "urn:casemgmt:access-token-rules";
    /** As Spring's timestamp check allows, so both agree on when a token has expired. */
    static final Duration CLOCK_SKEW = Duration.ofSeconds(60);

    static final String MALFORMED = "The access token was refused: it is not a well-formed signed JWT.";
    static final String BAD_SIGNATURE = "The access token was refused: its signature could not be verified with"
            + " the keys the trusted authorisation server publishes.";
    static final String NOT_ACCEPTED = "The access token was refused: it does not meet the platform's requirements"
            + " for an access token.";

    private final String issuer;
    private final List<String> audiences;
    private final Clock clock;

    /**
     * @param issuer    the trusted issuer, or blank when only a key set is configured
     * @param audiences a token must name at least one of them in {@code aud}
     */
    TokenRules(String issuer, Collection<String> audiences, Clock clock) {
        this.issuer = issuer == null || issuer.isBlank() ? null : issuer;
        this.audiences = List.copyOf(audiences);
        if (this.audiences.isEmpty()) {
            throw new IllegalArgumentException("at least one audience is required");
        }
        this.clock = clock;
    }

    @Override
    public OAuth2TokenValidatorResult validate(Jwt token) {
        List<String> reasons = new ArrayList<>();
        // As a string: an issuer that is no URL must be refused, not fail the conversion to one.
        if (issuer != null && !issuer.equals(token.getClaimAsString(JwtClaimNames.ISS))) {
            reasons.add("it was not issued by the authorisation server this platform trusts");
        }
        Instant now = clock.instant();
        if (token.getExpiresAt() != null && now.minus(CLOCK_SKEW).isAfter(token.getExpiresAt())) {
            reasons.add("it has expired");
        }
        if (token.getNotBefore() != null && now.plus(CLOCK_SKEW).isBefore(token.getNotBefore())) {
            reasons.add("it is not valid yet");
        }
        List<String> audience = token.getAudience();
        if (audience == null || audience.stream().noneMatch(audiences::contains)) {
            reasons.add("it is meant for another API: its audience is not " + String.join(" or ", audiences));
        }
        if (!scopes(token).contains(SCOPE)) {
            reasons.add("it was not granted the " + SCOPE + " scope");
        }
        return OAuth2TokenValidatorResult.failure(reasons.stream()
                .map(reason -> new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN, reason, RULES_URI)).toList());
    }

    /**
     * Why a presented token was refused, one sentence for the problem's detail and the challenge. The library's
     * messages name key ids, JOSE internals and the issuer's address; a caller needs to know what to do.
     */
    static String explain(AuthenticationException refusal) {
        JwtValidationException invalid = find(refusal, JwtValidationException.class);
        if (invalid != null) {
            List<String> reasons = invalid.getErrors().stream().filter(error -> RULES_URI.equals(error.getUri()))
                    .map(OAuth2Error::getDescription).toList();
            return reasons.isEmpty() ? NOT_ACCEPTED
                    : "The access token was refused: " + String.join("; ", reasons) + ".";
        }
        if (find(refusal, ParseException.class) != null) {
            return MALFORMED;
        }
        // Parsed but not verified: unsigned, an unknown key, or a signature that fails.
        if (find(refusal, BadJwtException.class) != null) {
            return BAD_SIGNATURE;
        }
        // Refused before decoding, e.g. a header value that is no bearer token at all.
        return MALFORMED;
    }

    /** {@code scope} is a space-separated string (RFC 8693, Keycloak) or an array (Spring Authorization Server). */
    private static List<String> scopes(Jwt token) {
        Object scope = token.getClaims().getOrDefault("scope", token.getClaims().get("scp"));
        if (scope instanceof String text) {
            return Arrays.stream(text.trim().split("\\s+")).toList();
        }
        if (scope instanceof Collection<?> values) {
            return values.stream().map(String::valueOf).toList();
        }
        return List.of();
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
