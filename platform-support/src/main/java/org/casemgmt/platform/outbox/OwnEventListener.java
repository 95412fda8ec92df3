package org.casemgmt.platform.outbox;

/**
 * Hears each event of this service's outbox just before the relay publishes it, for a service that keeps views of its
 * own events (it does not consume its own topics): what a save recorded reaches the listener at least once, as
 * surely as it reaches Kafka. A listener that throws keeps the event, and the document's later ones, in the outbox,
 * unpublished, until the relay's next try after its back-off; so a listener must apply an event once, however often
 * it hears it.
 */
@FunctionalInterface
public interface OwnEventListener {

    void beforePublishing(PendingEvent event);
}
