package org.casemgmt.platform.web;

/**
 * Who is making the current request, for fields such as {@code recordedBy}, which roles they act in and for which
 * agency.
 */
public interface CurrentActor {

    String UNIDENTIFIED = "unidentified";
    String HEADER = "X-Actor-Id";
    /** Comma-separated roles of an unauthenticated caller, e.g. {@code SUPERVISOR}, until JWT claims replace it. */
    String ROLES_HEADER = "X-Actor-Roles";
    /** The agency an unauthenticated caller acts for, until JWT claims replace it. */
    String AGENCY_HEADER = "X-Actor-Agency";

    /**
     * The authenticated principal's name; without authentication the {@code X-Actor-Id} request header; else
     * {@value #UNIDENTIFIED} (also outside any request, e.g. in an event consumer).
     */
    String id();

    /**
     * Whether the actor holds {@code role} (e.g. {@code SUPERVISOR}): the authenticated user's roles; without
     * authentication the {@value #ROLES_HEADER} header. False outside any request, where nobody holds a role.
     */
    default boolean hasRole(String role) {
        return false;
    }

    /**
     * The agency the actor acts for: without authentication the {@value #AGENCY_HEADER} header; null when the
     * request does not say, when authenticated (until the token's claim is read) and outside any request.
     */
    default String agencyId() {
        return null;
    }
}
