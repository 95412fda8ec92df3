package org.casemgmt.closure.retention;

import org.casemgmt.events.EventCatalog;
import org.casemgmt.events.PlatformService;
import org.casemgmt.events.closure.v1.CaseRetentionExpired;
import org.casemgmt.platform.inbox.IncomingEvent;
import org.casemgmt.platform.outbox.EventRecorder;
import org.casemgmt.platform.outbox.PendingEvent;
import org.springframework.stereotype.Component;

/** case.retention-expired, keyed by client id; and the same event as closure's own erasure applies it. */
@Component
class RetentionEvents {

    private final EventRecorder recorder;

    RetentionEvents(EventRecorder recorder) {
        this.recorder = recorder;
    }

    PendingEvent expired(ClientRetention retention, Expiry end) {
        return recorder.record(EventCatalog.CASE_RETENTION_EXPIRED, retention.getClientId(), body(retention, end));
    }

    /**
     * The announcement as a consumer reads it, so that closure erases its own copy of the client exactly as it does on
     * client.erased, once per case file under the announcement's id (a service does not consume its own topics).
     */
    IncomingEvent<CaseRetentionExpired> asApplied(ClientRetention retention) {
        Expiry end = retention.getExpiry();
        return new IncomingEvent<>(end.eventId(), EventCatalog.CASE_RETENTION_EXPIRED.type(),
                PlatformService.CLOSURE.source(), retention.getClientId(), end.expiredAt(),
                body(retention, end));
    }

    private static CaseRetentionExpired body(ClientRetention retention, Expiry end) {
        return new CaseRetentionExpired(end.caseId(), retention.getClientId(), retention.getAgencyId(), end.caseIds(),
                end.programId(), end.legalBasis(), end.retainedUntil(), end.expiredAt());
    }
}
