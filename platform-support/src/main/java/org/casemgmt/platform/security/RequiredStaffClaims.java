package org.casemgmt.platform.security;

import java.util.ArrayList;
import java.util.List;

import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Refuses a token that does not say whose agency the bearer works for or in which roles: without them no rule could
 * decide what the bearer may see, so such a token is invalid (401) rather than a user with no rights.
 */
final class RequiredStaffClaims implements OAuth2TokenValidator<Jwt> {

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
        if (missing.isEmpty()) {
            return OAuth2TokenValidatorResult.success();
        }
        return OAuth2TokenValidatorResult.failure(new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN,
                "The token lacks the " + String.join(" and ", missing) + " claim" + (missing.size() > 1 ? "s" : ""),
                null));
    }
}
