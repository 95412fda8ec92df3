package org.casemgmt.platform.web;

/** Who is making the current request, for fields such as {@code recordedBy}, and which roles they act in. */
public interface CurrentActor {

    String UNIDENTIFIED = "unidentified";
    String HEADER = "X-Actor-Id";
    /** Comma-separated roles of an unauthenticated caller, e.g. {@code SUPERVISOR}, until JWT claims replace it. */
    String ROLES_HEADER = "X-Actor-Roles";

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
}
