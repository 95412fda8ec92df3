package org.casemgmt.platform.testing;

import java.time.Clock;

import org.casemgmt.platform.outbox.EventRecorder;

import tools.jackson.databind.json.JsonMapper;

/** Event recorders for tests that run outside any request: no correlation id, no trace. */
public final class EventRecorders {

    private EventRecorders() {
    }

    /** @param source the producing service's CloudEvents source, e.g. {@code /casemgmt/intake-service} */
    public static EventRecorder outsideAnyRequest(String source, Clock clock) {
        return new EventRecorder(JsonMapper.builder().build(), source, clock, EventRecorder.TraceContext.NONE);
    }
}
