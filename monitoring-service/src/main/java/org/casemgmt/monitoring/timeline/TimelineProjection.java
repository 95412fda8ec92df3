package org.casemgmt.monitoring.timeline;

import java.time.Clock;

import org.casemgmt.monitoring.feed.CaseEventProjection;
import org.casemgmt.platform.inbox.IncomingEvent;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * Every case event of every stage, monitoring's own included, becomes one entry of its case's timeline. The entry is
 * filed under the event's id, so a redelivery, a replay, or a later save that still carries an own event finds it
 * there and adds nothing; the order is the events' own moments, read at query time, so the order they arrive in across
 * topics does not matter.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class TimelineProjection implements CaseEventProjection {

    private final TimelineMapping mapping;
    private final TimelineEntryRepository entries;
    private final Clock clock;

    TimelineProjection(TimelineMapping mapping, TimelineEntryRepository entries, Clock clock) {
        this.mapping = mapping;
        this.entries = entries;
        this.clock = clock;
    }

    @Override
    public void project(IncomingEvent<?> event) {
        try {
            entries.insert(mapping.entryFor(event, clock.instant()));
        } catch (DuplicateKeyException alreadyOnTheTimeline) {
            // applied before: the first delivery's entry stands, with the moment monitoring first received it
        }
    }
}
