package org.casemgmt.platform.security;

import java.util.List;

import org.springframework.security.oauth2.jwt.Jwt;

/**
 * The claims of an access token the platform relies on. Our authorisation server and the Keycloak realm in
 * docker-compose both issue them under these names; an agency bringing its own identity provider maps to them.
 */
public final class StaffClaims {

    /** The agency the bearer acts for: whose cases they may see. */
    public static final String AGENCY = "agency";
    /** The bearer's roles, a JSON array such as {@code ["CASE_WORKER"]}. */
    public static final String ROLES = "roles";
    /** Keycloak's readable name; its {@code sub} is a UUID, meaningless in a plan's "submitted by". */
    static final String PREFERRED_USERNAME = "preferred_username";

    private StaffClaims() {
    }

    /** The name recorded as who did something: the readable user name where the token has one, else the subject. */
    static String actorId(Jwt token) {
        String username = token.getClaimAsString(PREFERRED_USERNAME);
        return username == null || username.isBlank() ? token.getSubject() : username;
    }

    static List<String> roles(Jwt token) {
        List<String> roles = token.getClaimAsStringList(ROLES);
        return roles == null ? List.of() : roles;
    }
}
