package org.casemgmt.platform.consent;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The client's consents as a stage learns them from intake's events, which may arrive in any order: a consent's
 * first grant stands (case.opened and consent.granted both carry it), and a withdrawal of a consent not heard of yet
 * is kept, so that the grant arriving later cannot revive it. Kept inside the aggregate that needs it.
 */
public class ClientConsents {

    private List<ConsentRecord> records = new ArrayList<>();

    public void granted(ConsentRecord consent) {
        if (records.stream().noneMatch(known -> known.consentId().equals(consent.consentId()))) {
            records.add(consent);
        }
    }

    public void withdrawn(String consentId, Instant at) {
        Optional<ConsentRecord> known = records.stream().filter(c -> c.consentId().equals(consentId)).findFirst();
        if (known.isPresent()) {
            records.set(records.indexOf(known.get()), known.get().withdrawn(at));
        } else {
            records.add(new ConsentRecord(consentId, List.of(), null, at));
        }
    }

    /** Whether the client's data may go to {@code agencyId} at {@code at}. */
    public boolean cover(String agencyId, Instant at) {
        return ConsentDecision.covering(records, agencyId, at).isPresent();
    }

    /** The consent under which the data may go to {@code agencyId} at {@code at}, or a 409 naming why none. */
    public ConsentRecord require(String agencyId, Instant at) {
        return ConsentDecision.require(records, agencyId, at);
    }

    public List<ConsentRecord> records() {
        return List.copyOf(records);
    }
}
