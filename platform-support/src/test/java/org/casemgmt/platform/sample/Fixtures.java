package org.casemgmt.platform.sample;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.casemgmt.events.intake.v1.AssessedNeed;
import org.casemgmt.events.intake.v1.CaseOpened;
import org.casemgmt.events.intake.v1.ConsentScope;

final class Fixtures {

    private Fixtures() {
    }

    static String newCaseId() {
        return "case-" + UUID.randomUUID();
    }

    static CaseOpened caseOpened(String caseId, String agencyId) {
        return new CaseOpened(caseId, "client-1", agencyId, "program-1", "HIGH", "MEDIUM",
                List.of(new AssessedNeed("HOUSING", "CRISIS", null)),
                new ConsentScope("consent-1", null, List.of("agency-2"), Instant.parse("2027-11-23T00:00:00Z")),
                "worker-7", Instant.parse("2026-11-23T08:00:00Z"));
    }
}
