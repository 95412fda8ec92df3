package org.casemgmt.platform.sample;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.casemgmt.events.intake.v1.AssessedNeed;
import org.casemgmt.events.intake.v1.CaseOpened;

final class Fixtures {

    private Fixtures() {
    }

    static String newCaseId() {
        return "case-" + UUID.randomUUID();
    }

    static CaseOpened caseOpened(String caseId, String agencyId) {
        return new CaseOpened(caseId, "client-1", agencyId, "program-1", "HIGH", "MEDIUM",
                List.of(new AssessedNeed("HOUSING", "SEVERE", "evicted next week")), null, "worker-7", Instant.parse("2026-11-23T08:00:00Z"));
    }
}
