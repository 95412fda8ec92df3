package org.casemgmt.platform.security;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Turns a validated token into the authenticated member of staff: named as {@link StaffClaims#actorId}, with a
 * {@code ROLE_} authority per role so that {@code request.isUserInRole("SUPERVISOR")} answers from the token.
 */
final class StaffAuthenticationConverter implements Converter<Jwt, AbstractAuthenticationToken> {

    static final String ROLE_PREFIX = "ROLE_";

    @Override
    public AbstractAuthenticationToken convert(Jwt token) {
        var authorities = StaffClaims.roles(token).stream().map(role -> new SimpleGrantedAuthority(ROLE_PREFIX + role))
                .toList();
        return new JwtAuthenticationToken(token, authorities, StaffClaims.actorId(token));
    }
}
