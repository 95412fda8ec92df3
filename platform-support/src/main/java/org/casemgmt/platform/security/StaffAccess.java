package org.casemgmt.platform.security;

import java.util.Set;
import java.util.stream.Collectors;

import org.casemgmt.platform.web.CurrentActor;
import org.casemgmt.platform.domain.NotPermittedException;
import org.casemgmt.platform.domain.ResourceNotFoundException;

/**
 * The two questions every service asks before it touches a record: may the actor's roles do this at all (else 403,
 * the same for every id, so it tells nothing about what exists), and does the record belong to the actor's agency
 * (else 404, exactly as if it did not exist, so another agency cannot even learn that a case exists).
 */
public final class StaffAccess {

    private final CurrentActor actor;

    public StaffAccess(CurrentActor actor) {
        this.actor = actor;
    }

    /** Refuses with 403 {@code role-not-permitted} unless the actor holds one of {@code roles}. */
    public void requireRole(Set<StaffRole> roles, String action) {
        if (roles.stream().noneMatch(role -> actor.hasRole(role.name()))) {
            throw new NotPermittedException("role-not-permitted", "Only " + roles.stream().map(StaffRole::name)
                    .collect(Collectors.joining(" or ")) + " may " + action + ".");
        }
    }

    /** The agency whose records the actor may see; lists are always filtered to it. */
    public String agencyId() {
        return actor.agencyId();
    }

    public boolean canSee(String ownerAgencyId) {
        return ownerAgencyId != null && ownerAgencyId.equals(actor.agencyId());
    }

    /**
     * A record of {@code ownerAgencyId} that a rule (a referral addressed to the actor's agency, the client's consent)
     * also opens to the actor: filed on the audit trail under its owner, so the owner's data-protection office sees
     * who from elsewhere read it; anyone else gets the same 404 as for an id that does not exist.
     */
    public <T> T visibleToOwnerOr(T record, String ownerAgencyId, boolean sharedWithActor, String kind, String id) {
        RecordAgency.note(ownerAgencyId);
        if (!canSee(ownerAgencyId) && !sharedWithActor) {
            throw new ResourceNotFoundException(kind, id);
        }
        return record;
    }

    /** The record if it belongs to the actor's agency; otherwise the same 404 as for an id that does not exist. */
    public <T> T visible(T record, String ownerAgencyId, String kind, String id) {
        RecordAgency.note(ownerAgencyId);
        if (!canSee(ownerAgencyId)) {
            throw new ResourceNotFoundException(kind, id);
        }
        return record;
    }
}
