package org.casemgmt.monitoring.instrument;

import java.time.Instant;
import java.util.List;

import org.casemgmt.monitoring.instrument.Assessment.Alert;
import org.casemgmt.monitoring.instrument.InstrumentScoring.Answer;
import org.casemgmt.monitoring.instrument.InstrumentScoring.ScoredDomain;

/**
 * An administration as the case's agency reads it, answers included (null once the client is erased); the band is
 * the instrument version's code, whose label and range {@code GET /api/monitoring/instruments/{id}} gives.
 */
record AssessmentView(String id, String caseId, String instrumentId, int instrumentVersion, List<Answer> answers,
                      int totalScore, String band, List<ScoredDomain> domainScores, String previousAssessmentId,
                      Integer previousScore, String previousBand, Integer change, List<Alert> alerts,
                      String administeredBy, Instant administeredAt, Instant recordedAt, boolean clientErased) {

    static AssessmentView of(Assessment a) {
        return new AssessmentView(a.getId(), a.getCaseId(), a.getInstrumentId(), a.getInstrumentVersion(),
                a.getAnswers(), a.getTotalScore(), a.getBand(), a.getDomainScores(), a.getPreviousAssessmentId(),
                a.getPreviousScore(), a.getPreviousBand(), a.getChange(), a.getAlerts(), a.getAdministeredBy(),
                a.getAdministeredAt(), a.getRecordedAt(), a.isClientErased());
    }
}
