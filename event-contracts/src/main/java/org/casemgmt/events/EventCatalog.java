package org.casemgmt.events;

import java.util.List;
import java.util.Optional;

import org.casemgmt.events.closure.v1.CaseClosed;
import org.casemgmt.events.closure.v1.CaseReopened;
import org.casemgmt.events.intake.v1.CaseOpened;
import org.casemgmt.events.intake.v1.ClientRegistered;
import org.casemgmt.events.intake.v1.ConsentGranted;
import org.casemgmt.events.intake.v1.ConsentWithdrawn;
import org.casemgmt.events.intake.v1.IntakeDeclined;

/** Every event type the platform publishes. docs/events/asyncapi.yaml documents the same list for partners. */
public final class EventCatalog {

    public static final EventType<ClientRegistered> CLIENT_REGISTERED = new EventType<>("client.registered", 1, ClientRegistered.class);
    public static final EventType<ConsentGranted> CONSENT_GRANTED = new EventType<>("consent.granted", 1, ConsentGranted.class);
    public static final EventType<ConsentWithdrawn> CONSENT_WITHDRAWN = new EventType<>("consent.withdrawn", 1, ConsentWithdrawn.class);
    public static final EventType<CaseOpened> CASE_OPENED = new EventType<>("case.opened", 1, CaseOpened.class);
    public static final EventType<IntakeDeclined> INTAKE_DECLINED = new EventType<>("intake.declined", 1, IntakeDeclined.class);
    public static final EventType<CaseClosed> CASE_CLOSED = new EventType<>("case.closed", 1, CaseClosed.class);
    public static final EventType<CaseReopened> CASE_REOPENED = new EventType<>("case.reopened", 1, CaseReopened.class);

    private static final List<EventType<?>> ALL = List.of(
            CLIENT_REGISTERED, CONSENT_GRANTED, CONSENT_WITHDRAWN, CASE_OPENED, INTAKE_DECLINED,
            CASE_CLOSED, CASE_REOPENED);

    private EventCatalog() {
    }

    public static List<EventType<?>> all() {
        return ALL;
    }

    public static Optional<EventType<?>> byType(String ceType) {
        return ALL.stream().filter(t -> t.type().equals(ceType)).findFirst();
    }
}
