package org.casemgmt.monitoring.casefile;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.casemgmt.platform.audit.AuditAction;
import org.casemgmt.platform.domain.ResourceNotFoundException;
import org.casemgmt.platform.inbox.EventInbox;
import org.casemgmt.platform.inbox.IncomingEvent;
import org.casemgmt.platform.security.StaffAccess;
import org.casemgmt.platform.security.StaffRole;
import org.casemgmt.platform.web.CurrentActor;
import org.springframework.stereotype.Service;

/** Finds a case's file for a request: only a case that was opened, and only for those allowed to see it. */
@Service
public class CaseFiles {

    private final CaseFileRepository files;
    private final StaffAccess access;
    private final CurrentActor actor;
    private final EventInbox inbox;
    private final Clock clock;

    CaseFiles(CaseFileRepository files, StaffAccess access, CurrentActor actor, EventInbox inbox, Clock clock) {
        this.files = files;
        this.access = access;
        this.actor = actor;
        this.inbox = inbox;
        this.clock = clock;
    }

    /** The opened case, if it is the caller's agency's; any other case is not found. */
    public CaseFile visible(String caseId) {
        CaseFile file = opened(caseId);
        return access.visible(file, file.getAgencyId(), "case", caseId);
    }

    /**
     * The opened case for its own agency's staff, and for PROVIDER staff of an agency the client's consent covers
     * now; for anyone else it is not found.
     */
    public CaseFile visibleToAgencyOrConsentedProvider(String caseId) {
        CaseFile file = opened(caseId);
        boolean coveredProvider = actor.hasRole(StaffRole.PROVIDER.name())
                && file.consentCovers(access.agencyId(), clock.instant());
        return access.visibleToOwnerOr(file, file.getAgencyId(), coveredProvider, "case", caseId);
    }

    /** For work outside a request (a timer, an event): the file whatever the agency. */
    public Optional<CaseFile> find(String caseId) {
        return files.findById(caseId);
    }

    private CaseFile opened(String caseId) {
        return files.findById(caseId).filter(CaseFile::isOpened)
                .orElseThrow(() -> new ResourceNotFoundException("case", caseId));
    }

    /**
     * Marks every file of the erased client, and of the cases the event lists, once; the caller destroyed the client's
     * key first.
     */
    void clientErased(IncomingEvent<?> event, String clientId, List<String> caseIds) {
        for (CaseFile file : files.findByClientIdOrCaseIdIn(clientId, caseIds)) {
            inbox.apply(event, file, AuditAction.DELETE, CaseFile::clientErased, files::save);
        }
    }
}
