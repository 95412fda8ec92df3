package org.casemgmt.monitoring.instrument;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.casemgmt.monitoring.casefile.CaseFile;
import org.casemgmt.monitoring.casefile.CaseFiles;
import org.casemgmt.monitoring.instrument.Assessment.Alert;
import org.casemgmt.monitoring.instrument.Assessment.AssessedCase;
import org.casemgmt.monitoring.instrument.InstrumentScoring.Answer;
import org.casemgmt.platform.domain.ResourceNotFoundException;
import org.casemgmt.platform.domain.RuleViolationException;
import org.casemgmt.platform.web.CurrentActor;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

/**
 * Administers instruments on the cases of the caller's agency: scores the answers, compares the score with the
 * previous administration of the same instrument on the case, and records assessment.scored and one
 * threshold.crossed per threshold crossed, in the same save.
 */
@Service
class Assessments {

    private final AssessmentRepository assessments;
    private final InstrumentCatalog catalog;
    private final AssessmentEvents events;
    private final CaseFiles caseFiles;
    private final CurrentActor actor;
    private final Clock clock;

    Assessments(AssessmentRepository assessments, InstrumentCatalog catalog, AssessmentEvents events,
                CaseFiles caseFiles, CurrentActor actor, Clock clock) {
        this.assessments = assessments;
        this.catalog = catalog;
        this.events = events;
        this.caseFiles = caseFiles;
        this.actor = actor;
        this.clock = clock;
    }

    /** @param administeredAt when the client answered; now if null */
    Assessment administer(String caseId, String instrumentId, List<Answer> answers, Instant administeredAt) {
        CaseFile file = caseFiles.visible(caseId);
        if (file.isClientErased()) {
            throw new RuleViolationException("client-erased", "The client of case " + caseId + " was erased at "
                    + "their request; nothing more is recorded about them.");
        }
        if (file.isClosed()) {
            throw new RuleViolationException("case-closed", "Case " + caseId + " is closed; reopen it to "
                    + "administer instruments.");
        }
        Instrument instrument = catalog.latest(instrumentId);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        Assessment previous = assessments
                .findFirstByCaseIdAndInstrumentIdOrderByAdministeredAtDescRecordedAtDesc(caseId, instrumentId)
                .orElse(null);
        Assessment assessment = Assessment.administered(UUID.randomUUID().toString(),
                new AssessedCase(file.getCaseId(), file.getClientId(), file.getAgencyId()), instrument, answers,
                previous, actor.id(), administeredAt == null ? now : administeredAt.truncatedTo(ChronoUnit.MILLIS),
                now, () -> UUID.randomUUID().toString());
        assessment.publish(events.scored(assessment));
        for (Alert alert : assessment.getAlerts()) {
            assessment.publish(events.crossed(assessment, alert));
        }
        return assessments.insert(assessment);
    }

    /** The case's administrations, of one instrument or all. */
    Page<Assessment> list(String caseId, String instrumentId, Pageable pageable) {
        String visible = caseFiles.visible(caseId).getCaseId();
        return instrumentId == null ? assessments.findByCaseId(visible, pageable)
                : assessments.findByCaseIdAndInstrumentId(visible, instrumentId, pageable);
    }

    /** One administration of a case of the caller's agency; any other is not found. */
    Assessment get(String caseId, String id) {
        String visible = caseFiles.visible(caseId).getCaseId();
        return assessments.findById(id).filter(assessment -> assessment.getCaseId().equals(visible))
                .orElseThrow(() -> new ResourceNotFoundException("assessment", id));
    }
}
