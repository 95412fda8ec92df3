package org.casemgmt.monitoring.timeline;

import java.time.Clock;
import java.time.Instant;

import org.casemgmt.monitoring.casefile.CaseFile;
import org.casemgmt.monitoring.casefile.CaseFiles;
import org.casemgmt.platform.security.StaffAccess;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;

/**
 * A case's timeline as of a moment, for those allowed on the case: its agency's staff see every entry; PROVIDER staff
 * whose agency the client's consent covers now see all but the confidential notes, which are the case agency's only.
 */
@Service
class CaseTimeline {

    /** Oldest first; entries of the same moment in the order monitoring received them, then by event id. */
    static final Sort ORDER = Sort.by("occurredAt", "recordedAt", "id");

    private final TimelineEntryRepository entries;
    private final CaseFiles files;
    private final StaffAccess access;
    private final Clock clock;

    CaseTimeline(TimelineEntryRepository entries, CaseFiles files, StaffAccess access, Clock clock) {
        this.entries = entries;
        this.files = files;
        this.access = access;
        this.clock = clock;
    }

    /**
     * What had happened to the case by {@code asOf} (now when null): entries whose moment is at or before it,
     * whenever monitoring received them. The page's sort is always {@link #ORDER}.
     */
    Page<TimelineEntry> asOf(String caseId, Instant asOf, Pageable page) {
        CaseFile file = files.visibleToAgencyOrConsentedProvider(caseId);
        Instant until = asOf == null ? clock.instant() : asOf;
        Pageable ordered = PageRequest.of(page.getPageNumber(), page.getPageSize(), ORDER);
        return access.canSee(file.getAgencyId())
                ? entries.findByCaseIdAndOccurredAtLessThanEqual(caseId, until, ordered)
                : entries.findByCaseIdAndOccurredAtLessThanEqualAndConfidentialFalse(caseId, until, ordered);
    }
}
