package org.casemgmt.platform.security;

import org.casemgmt.platform.web.CurrentActor;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * The actor as the validated access token names them. Nothing else a request carries (headers, body) can claim an
 * identity, a role or an agency.
 */
final class TokenCurrentActor implements CurrentActor {

    @Override
    public String id() {
        JwtAuthenticationToken token = token();
        return token == null ? UNIDENTIFIED : token.getName();
    }

    @Override
    public boolean hasRole(String role) {
        JwtAuthenticationToken token = token();
        return token != null && token.getAuthorities().stream()
                .anyMatch(authority -> authority.getAuthority().equals(StaffAuthenticationConverter.ROLE_PREFIX + role));
    }

    @Override
    public String agencyId() {
        JwtAuthenticationToken token = token();
        return token == null ? null : token.getToken().getClaimAsString(StaffClaims.AGENCY);
    }

    private static JwtAuthenticationToken token() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication instanceof JwtAuthenticationToken token ? token : null;
    }
}
