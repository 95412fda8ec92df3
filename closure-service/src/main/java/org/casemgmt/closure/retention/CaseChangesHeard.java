package org.casemgmt.closure.retention;

import java.util.Set;

import org.casemgmt.events.EventCatalog;
import org.casemgmt.platform.outbox.OwnEventListener;
import org.casemgmt.platform.outbox.PendingEvent;
import org.springframework.stereotype.Component;

/**
 * Hears closure's own events that change whether a case is open, as the outbox relay is about to publish each (a
 * service does not consume its own topics): case.closed starts or moves the client's retention, case.reopened stops
 * it, and closure.readiness-changed, announced whenever a case opens or re-opens, stops it for a client with a new
 * case. The relay keeps the event, and the case's later ones, until this succeeds, so no closure goes unweighed; each
 * weighing reads the cases as they are, so hearing an event twice changes nothing.
 */
@Component
class CaseChangesHeard implements OwnEventListener {

    private static final Set<String> OPENING_OR_CLOSING = Set.of(EventCatalog.CASE_CLOSED.type(),
            EventCatalog.CASE_REOPENED.type(), EventCatalog.CLOSURE_READINESS_CHANGED.type());

    private final RetentionWork retention;

    CaseChangesHeard(RetentionWork retention) {
        this.retention = retention;
    }

    @Override
    public void beforePublishing(PendingEvent event) {
        if (OPENING_OR_CLOSING.contains(event.type())) {
            retention.caseChanged(event.subject(), EventCatalog.CASE_CLOSED.type().equals(event.type()));
        }
    }
}
