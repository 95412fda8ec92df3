package org.casemgmt.platform.web;

/**
 * Who is making the current request, for fields such as {@code recordedBy}, which roles they act in and for which
 * agency. Read from the validated access token; outside a request (an event consumer) nobody is acting.
 */
public interface CurrentActor {

    String UNIDENTIFIED = "unidentified";

    /** The authenticated member of staff or partner system; {@value #UNIDENTIFIED} outside any request. */
    String id();

    /** Whether the actor holds {@code role} (e.g. {@code SUPERVISOR}); false outside any request. */
    default boolean hasRole(String role) {
        return false;
    }

    /** The agency the actor acts for; null outside any request. */
    default String agencyId() {
        return null;
    }
}
