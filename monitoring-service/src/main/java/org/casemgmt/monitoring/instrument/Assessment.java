package org.casemgmt.monitoring.instrument;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.casemgmt.monitoring.instrument.Instrument.Severity;
import org.casemgmt.monitoring.instrument.InstrumentScoring.Answer;
import org.casemgmt.monitoring.instrument.InstrumentScoring.Crossing;
import org.casemgmt.monitoring.instrument.InstrumentScoring.Kind;
import org.casemgmt.monitoring.instrument.InstrumentScoring.Score;
import org.casemgmt.monitoring.instrument.InstrumentScoring.ScoredDomain;
import org.casemgmt.platform.domain.RuleViolationException;
import org.casemgmt.platform.outbox.HasOutbox;
import org.casemgmt.platform.outbox.PendingEvent;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import tools.jackson.databind.json.JsonMapper;

/**
 * One administration of an instrument on a case (a FHIR QuestionnaireResponse and the Observation of its score): the
 * answers, kept as one text encrypted under the client's key; the total, band and domain scores, which stay readable
 * for statistics and travel on assessment.scored; the change since the previous administration of the same
 * instrument on the case; and the alerts it raised, each with the id of the task it asks for.
 */
@Document("assessments")
@CompoundIndex(name = "case_instrument_administered", def = "{'caseId': 1, 'instrumentId': 1, 'administeredAt': -1}")
class Assessment implements HasOutbox {

    @Id
    private String id;
    @Version
    private Long version;
    @Indexed
    private String caseId;
    @Indexed
    private String clientId;
    private String agencyId;
    private String instrumentId;
    private int instrumentVersion;
    /** The answers as JSON, [{"itemId": "1", "score": 2}, ...]: one text, so it is encrypted whole. */
    private String answers;
    private int totalScore;
    private String band;
    private List<ScoredDomain> domainScores = new ArrayList<>();
    private String previousAssessmentId;
    private Integer previousScore;
    private String previousBand;
    private Integer change;
    private List<Alert> alerts = new ArrayList<>();
    private String administeredBy;
    private Instant administeredAt;
    private Instant recordedAt;
    private boolean clientErased;
    private List<PendingEvent> outbox = new ArrayList<>();

    /** A threshold this administration crossed, and the task the work queue creates for it under {@code taskId}. */
    record Alert(Kind kind, String trigger, Severity severity, String reason, String taskId) {
    }

    /** The case an administration is filed under. */
    record AssessedCase(String caseId, String clientId, String agencyId) {
    }

    Assessment() {
    }

    /**
     * Scores the answers by the instrument (409 {@code invalid-answers}) and compares the score with the
     * {@code previous} administration of the instrument on the case, if any. Refused (409) when administered in the
     * future, or before the previous one: the change is always measured from the administration just before.
     */
    static Assessment administered(String id, AssessedCase assessed, Instrument instrument, List<Answer> answers,
                                   Assessment previous, String by, Instant administeredAt, Instant now,
                                   Supplier<String> newTaskId) {
        if (administeredAt.isAfter(now)) {
            throw new RuleViolationException("in-the-future", "An instrument is recorded once it has been "
                    + "administered: " + administeredAt + " is in the future.");
        }
        if (previous != null && administeredAt.isBefore(previous.administeredAt)) {
            throw new RuleViolationException("before-previous-administration", instrument.id() + " was last "
                    + "administered on this case at " + previous.administeredAt + "; an earlier administration "
                    + "would change what that one was compared with. Record administrations in the order given.");
        }
        Score score = InstrumentScoring.score(instrument, answers);
        Assessment assessment = new Assessment();
        assessment.id = id;
        assessment.caseId = assessed.caseId();
        assessment.clientId = assessed.clientId();
        assessment.agencyId = assessed.agencyId();
        assessment.instrumentId = instrument.id();
        assessment.instrumentVersion = instrument.version();
        assessment.answers = JsonMapper.shared().writeValueAsString(answers);
        assessment.totalScore = score.total();
        assessment.band = score.band().code();
        assessment.domainScores = new ArrayList<>(score.domains());
        if (previous != null) {
            assessment.previousAssessmentId = previous.id;
            assessment.previousScore = previous.totalScore;
            assessment.previousBand = previous.band;
            assessment.change = score.total() - previous.totalScore;
        }
        for (Crossing crossing : InstrumentScoring.crossings(instrument, score, assessment.previousBand)) {
            assessment.alerts.add(new Alert(crossing.kind(), crossing.trigger(), crossing.severity(),
                    crossing.reason(), newTaskId.get()));
        }
        assessment.administeredBy = by;
        assessment.administeredAt = administeredAt;
        assessment.recordedAt = now;
        return assessment;
    }

    void publish(PendingEvent event) {
        outbox.add(event);
    }

    /** The answers given; null once the client is erased. */
    List<Answer> getAnswers() {
        return answers == null ? null : List.of(JsonMapper.shared().readValue(answers, Answer[].class));
    }

    String getId() {
        return id;
    }

    String getCaseId() {
        return caseId;
    }

    String getClientId() {
        return clientId;
    }

    String getAgencyId() {
        return agencyId;
    }

    String getInstrumentId() {
        return instrumentId;
    }

    int getInstrumentVersion() {
        return instrumentVersion;
    }

    int getTotalScore() {
        return totalScore;
    }

    String getBand() {
        return band;
    }

    List<ScoredDomain> getDomainScores() {
        return List.copyOf(domainScores);
    }

    String getPreviousAssessmentId() {
        return previousAssessmentId;
    }

    Integer getPreviousScore() {
        return previousScore;
    }

    String getPreviousBand() {
        return previousBand;
    }

    Integer getChange() {
        return change;
    }

    List<Alert> getAlerts() {
        return List.copyOf(alerts);
    }

    String getAdministeredBy() {
        return administeredBy;
    }

    Instant getAdministeredAt() {
        return administeredAt;
    }

    Instant getRecordedAt() {
        return recordedAt;
    }

    boolean isClientErased() {
        return clientErased;
    }

    @Override
    public List<PendingEvent> getOutbox() {
        return outbox;
    }
}
