package org.casemgmt.monitoring.feed;

import org.casemgmt.platform.inbox.IncomingEvent;

/**
 * What monitoring keeps from the other stages' case events: the case file, the timeline, the work queues, the review
 * schedule. Each projection looks at every event and keeps what concerns it; it must apply an event once however often
 * it is delivered, and tolerate events of one case arriving out of order across topics.
 */
public interface CaseEventProjection {

    /** @param event read and checked by the door; {@code event.data()} is the contract record of its topic */
    void project(IncomingEvent<?> event);
}
