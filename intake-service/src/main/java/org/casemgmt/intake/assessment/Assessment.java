package org.casemgmt.intake.assessment;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The initial assessment of an intake: needs by life domain, strengths, risks, circumstances, documents. */
public record Assessment(List<Need> needs, List<String> strengths, List<Risk> risks, Circumstances circumstances,
                         List<GatheredDocument> documents, String assessedBy, Instant assessedAt) {

    public Assessment {
        needs = needs == null ? List.of() : List.copyOf(needs);
        strengths = strengths == null ? List.of() : List.copyOf(strengths);
        risks = risks == null ? List.of() : List.copyOf(risks);
        documents = documents == null ? List.of() : List.copyOf(documents);
    }

    /** The domains in which the client has a need at all (severity above NONE). */
    public Set<LifeDomain> domainsInNeed() {
        return needs.stream().filter(Need::isPresent).map(Need::domain).collect(Collectors.toSet());
    }

    public Optional<Severity> highestSeverity() {
        return needs.stream().map(Need::severity).max(Comparator.naturalOrder());
    }

    public Optional<RiskLevel> highestRiskLevel() {
        return risks.stream().map(Risk::level).max(Comparator.naturalOrder());
    }
}
