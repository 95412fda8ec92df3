package org.casemgmt.tokens;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;

/**
 * What a signed access token must be for the platform to act on it, each rule refusing in the platform's own words:
 * from the configured issuer, within its lifetime, meant for the platform's API (the audience, {@code casemgmt} by
 * default) and granted the {@value #SCOPE} scope. The gateway and every service apply these same rules; a service adds
 * its own on top (whose agency, which roles), marking its errors with {@link #RULES_URI} too.
 *
 * <p>Spring Boot's decoder checks issuer and lifetime as well, with its own messages; these rules repeat those two
 * checks so that every refusal of a signed token has a reason the 401 can name ({@link TokenRefusals}) without
 * passing on the library's text.
 */
public final class AccessTokenRules implements OAuth2TokenValidator<Jwt> {

    /** The scope a client asks for to call the platform's API. */
    public static final String SCOPE = "casemgmt";
    public static final String DEFAULT_AUDIENCE = "casemgmt";
    /** Marks the errors written by the platform's rules, so that a refusal is explained with these words only. */
    public static final String RULES_URI = "urn:casemgmt:access-token-rules";
    /** As Spring's timestamp check allows, so both agree on when a token has expired. */
    static final Duration CLOCK_SKEW = Duration.ofSeconds(60);

    private final String issuer;
    private final List<String> audiences;
    private final Clock clock;

    /**
     * @param issuer    the trusted issuer, or blank when only a key set is configured
     * @param audiences a token must name at least one of them in {@code aud}
     */
    public AccessTokenRules(String issuer, Collection<String> audiences, Clock clock) {
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
        return refusal(reasons);
    }

    /** The result for these reasons (none: valid), each an {@code invalid_token} error of the platform's rules. */
    public static OAuth2TokenValidatorResult refusal(List<String> reasons) {
        return OAuth2TokenValidatorResult.failure(reasons.stream()
                .map(reason -> new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN, reason, RULES_URI)).toList());
    }

    /** {@code scope} is a space-separated string (RFC 8693, Keycloak) or an array (Spring Authorization Server). */
    static List<String> scopes(Jwt token) {
        Object scope = token.getClaims().getOrDefault("scope", token.getClaims().get("scp"));
        if (scope instanceof String text) {
            return Arrays.stream(text.trim().split("\\s+")).toList();
        }
        if (scope instanceof Collection<?> values) {
            return values.stream().map(String::valueOf).toList();
        }
        return List.of();
    }
}
