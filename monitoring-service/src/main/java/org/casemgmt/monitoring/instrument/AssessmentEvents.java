package org.casemgmt.monitoring.instrument;

import org.casemgmt.events.EventCatalog;
import org.casemgmt.events.monitoring.v1.AssessmentScored;
import org.casemgmt.events.monitoring.v1.DomainScore;
import org.casemgmt.events.monitoring.v1.ThresholdCrossed;
import org.casemgmt.monitoring.instrument.Assessment.Alert;
import org.casemgmt.platform.outbox.EventRecorder;
import org.casemgmt.platform.outbox.PendingEvent;
import org.springframework.stereotype.Component;

/** An administration's events, keyed by case id: scores, bands and item ids, never the answers. */
@Component
class AssessmentEvents {

    private final EventRecorder recorder;

    AssessmentEvents(EventRecorder recorder) {
        this.recorder = recorder;
    }

    PendingEvent scored(Assessment assessment) {
        return recorder.record(EventCatalog.ASSESSMENT_SCORED, assessment.getCaseId(), new AssessmentScored(
                assessment.getId(), assessment.getCaseId(), assessment.getInstrumentId(), assessment.getTotalScore(),
                assessment.getBand(), assessment.getDomainScores().stream()
                .map(domain -> new DomainScore(domain.domain(), domain.score())).toList(),
                assessment.getPreviousScore(), assessment.getPreviousBand(), assessment.getChange(),
                assessment.getAdministeredBy(), assessment.getAdministeredAt()));
    }

    /** One crossing; the work queue creates its task under the alert's task id. */
    PendingEvent crossed(Assessment assessment, Alert alert) {
        return recorder.record(EventCatalog.THRESHOLD_CROSSED, assessment.getCaseId(), new ThresholdCrossed(
                assessment.getId(), assessment.getCaseId(), assessment.getInstrumentId(), alert.kind().name(),
                alert.trigger(), assessment.getPreviousBand(), assessment.getBand(), alert.severity().name(),
                alert.taskId(), assessment.getRecordedAt()));
    }
}
