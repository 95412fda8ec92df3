package org.casemgmt.platform.sample;

import org.casemgmt.platform.inbox.ProcessedEventIds;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/** What the sample consumer does with a case.opened event: counts it, once per event id. */
@Document("case_opened_tallies")
class CaseOpenedTally {

    @Id
    private String caseId;
    @Version
    private Long version;
    private int timesApplied;
    private ProcessedEventIds processedEvents = new ProcessedEventIds();

    CaseOpenedTally(String caseId) {
        this.caseId = caseId;
    }

    CaseOpenedTally() {
    }

    void apply(String eventId) {
        if (processedEvents.firstDelivery(eventId)) {
            timesApplied++;
        }
    }

    int getTimesApplied() {
        return timesApplied;
    }

    ProcessedEventIds getProcessedEvents() {
        return processedEvents;
    }
}
