package org.casemgmt.console.signin;

import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.json.JsonMapper;

/**
 * Who is signed in, as the platform's access token names them (the claims contract in auth-server/README.md): their
 * user name, their agency and their roles. The console only chooses what to offer with it; the platform decides what
 * they may do.
 */
public record SignedInUser(String username, String agency, Set<String> roles) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    public SignedInUser {
        roles = Set.copyOf(roles);
    }

    /**
     * Read from the access token the console received from the token endpoint itself, over its own connection: no
     * signature check is needed for what the console only uses to lay out its pages.
     */
    @SuppressWarnings("unchecked")
    static SignedInUser fromAccessToken(String accessToken) {
        String[] parts = accessToken.split("\\.");
        if (parts.length < 2) {
            throw new IllegalArgumentException("the access token is no JWT");
        }
        Map<String, Object> claims = JSON.readValue(Base64.getUrlDecoder().decode(parts[1]), Map.class);
        Object preferred = claims.get("preferred_username");
        String username = preferred != null ? String.valueOf(preferred) : String.valueOf(claims.get("sub"));
        Object roles = claims.get("roles");
        Set<String> roleNames = roles instanceof List<?> list
                ? Set.copyOf(list.stream().map(String::valueOf).toList()) : Set.of();
        Object agency = claims.get("agency");
        return new SignedInUser(username, agency == null ? "" : String.valueOf(agency), roleNames);
    }

    public boolean isProvider() {
        return roles.contains("PROVIDER") && !isCaseWorker();
    }

    public boolean isCaseWorker() {
        return roles.contains("CASE_WORKER") || roles.contains("SUPERVISOR");
    }

    public boolean isSupervisor() {
        return roles.contains("SUPERVISOR");
    }

    /** An agency administrator: erasure, and what the platform leaves to administrators. */
    public boolean isAgencyAdmin() {
        return roles.contains("AGENCY_ADMIN");
    }

    /** An auditor reads the audit trails, not the cases. */
    public boolean isAuditor() {
        return roles.contains("AUDITOR");
    }

}
