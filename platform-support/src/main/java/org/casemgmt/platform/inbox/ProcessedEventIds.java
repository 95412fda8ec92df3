package org.casemgmt.platform.inbox;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The ids of the events already applied to one aggregate, kept in the aggregate's own document so that
 * "apply the event" and "remember it was applied" are one write. A redelivered event is then a no-op.
 */
public class ProcessedEventIds {

    private Set<String> ids = new LinkedHashSet<>();

    /** Records the id; answers false when it was already there, so the caller skips the event. */
    public boolean firstDelivery(String eventId) {
        return ids.add(eventId);
    }

    public boolean contains(String eventId) {
        return ids.contains(eventId);
    }

    public Set<String> getIds() {
        return ids;
    }

    public void setIds(Set<String> ids) {
        this.ids = new LinkedHashSet<>(ids);
    }
}
