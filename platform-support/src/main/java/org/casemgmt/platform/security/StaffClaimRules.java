package org.casemgmt.platform.security;

import java.util.ArrayList;
import java.util.List;

import org.casemgmt.tokens.AccessTokenRules;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * What a service needs of a token beyond the platform's rules ({@link AccessTokenRules}): whose agency the bearer
 * works for and in which roles. A token without them is invalid (401) rather than a user with no rights: without them
 * no rule could decide what the bearer may see. Refused in the platform's words, like the platform's rules.
 */
final class StaffClaimRules implements OAuth2TokenValidator<Jwt> {

    @Override
    public OAuth2TokenValidatorResult validate(Jwt token) {
        List<String> missing = new ArrayList<>();
        String agency = token.getClaimAsString(StaffClaims.AGENCY);
        if (agency == null || agency.isBlank()) {
            missing.add(StaffClaims.AGENCY);
        }
        if (!(token.getClaims().get(StaffClaims.ROLES) instanceof List<?> roles) || roles.isEmpty()) {
            missing.add(StaffClaims.ROLES);
        }
        return AccessTokenRules.refusal(missing.isEmpty() ? List.of()
                : List.of("it lacks the " + String.join(" and ", missing) + " claim" + (missing.size() > 1 ? "s" : "")));
    }
}
