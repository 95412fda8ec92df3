package org.casemgmt.monitoring.progress;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;

import org.casemgmt.events.EventCatalog;
import org.casemgmt.events.monitoring.v1.ProgressRecorded;
import org.casemgmt.monitoring.casefile.CaseFile;
import org.casemgmt.monitoring.casefile.CaseFiles;
import org.casemgmt.platform.outbox.EventRecorder;
import org.casemgmt.platform.privacy.PersonalDataCipher;
import org.casemgmt.platform.privacy.PersonalTextEncryption;
import org.casemgmt.platform.privacy.StoredTexts;
import org.casemgmt.platform.web.CurrentActor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

/**
 * Records a measurement against an objective of the approved plan, as monitoring knows it from planning's events
 * (404 for a goal or objective the plan does not have, 409 for a closed goal), and announces it on
 * progress.recorded for planning to evaluate. The note never goes on the topic: it is the case worker's words.
 */
@Service
class ProgressEntries {

    @Configuration(proxyBeanMethods = false)
    static class NoteEncryption {
        @Bean
        PersonalTextEncryption progressNotes(PersonalDataCipher cipher) {
            return new PersonalTextEncryption(cipher, "progress_entries", "clientId") {
                @Override
                protected void rewriteTexts(Map<String, Object> entry, UnaryOperator<String> change) {
                    StoredTexts.text(entry, "note", change);
                }
            };
        }
    }

    private final ProgressEntryRepository entries;
    private final CaseFiles caseFiles;
    private final EventRecorder recorder;
    private final CurrentActor actor;
    private final Clock clock;

    ProgressEntries(ProgressEntryRepository entries, CaseFiles caseFiles, EventRecorder recorder, CurrentActor actor,
                    Clock clock) {
        this.entries = entries;
        this.caseFiles = caseFiles;
        this.recorder = recorder;
        this.actor = actor;
        this.clock = clock;
    }

    ProgressEntry record(String caseId, String goalId, String objectiveId, double value, String note,
                         Instant measuredAt) {
        CaseFile file = caseFiles.visible(caseId);
        file.objective(goalId, objectiveId);
        ProgressEntry entry = ProgressEntry.measured(UUID.randomUUID().toString(), file.getCaseId(),
                file.getClientId(), file.getAgencyId(), goalId, objectiveId, value, note,
                measuredAt == null ? clock.instant() : measuredAt, actor.id(), clock.instant());
        entry.publish(recorder.record(EventCatalog.PROGRESS_RECORDED, entry.getCaseId(), new ProgressRecorded(
                entry.getId(), entry.getCaseId(), goalId, objectiveId, value, null, entry.getRecordedBy(),
                entry.getMeasuredAt())));
        return entries.insert(entry);
    }

    Page<ProgressEntry> ofCase(String caseId, Pageable pageable) {
        return entries.findByCaseId(caseFiles.visible(caseId).getCaseId(), pageable);
    }
}
