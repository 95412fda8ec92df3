package org.casemgmt.planning;

import java.util.List;

import org.casemgmt.events.EventType;
import org.casemgmt.platform.testing.StageIntegrationTest;
import org.casemgmt.platform.testing.TopicProbe.Received;
import org.junit.jupiter.api.BeforeEach;

/** What every integration test of this module starts from: the API, the broker's topics, and other stages' events. */
abstract class PlanningIntegrationTestBase extends StageIntegrationTest {

    CaseEvents events;
    PlanningApi api;

    @BeforeEach
    void planningApi() {
        events = new CaseEvents(topics);
        api = new PlanningApi(mvc, events);
    }

    /** Waits for {@code count} events of the type about the case; each must be a valid CloudEvent of its schema. */
    List<Received> published(EventType<?> type, String caseId, int count) {
        return topics.awaitPublished(type, caseId, count);
    }
}
