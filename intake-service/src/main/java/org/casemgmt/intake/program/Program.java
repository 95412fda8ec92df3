package org.casemgmt.intake.program;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Set;

import org.casemgmt.intake.assessment.LifeDomain;
import org.casemgmt.intake.eligibility.ProgramTerms;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/** A program the agency runs, held as data so that its eligibility terms change without a release. */
@Document("programs")
class Program {

    @Id
    private String id;
    @Version
    private Long version;
    private String name;
    private String description;
    private Integer minimumAge;
    private Integer maximumAge;
    private Set<String> residencyAreas = Set.of();
    private BigDecimal maximumMonthlyIncome;
    private Set<LifeDomain> domainsServed = Set.of();
    private boolean acceptingNewCases;
    private Instant updatedAt;

    Program() {
    }

    Program(String id, ProgramDefinition definition, Instant at) {
        this.id = id;
        define(definition, at);
    }

    void define(ProgramDefinition definition, Instant at) {
        name = definition.name();
        description = definition.description();
        minimumAge = definition.minimumAge();
        maximumAge = definition.maximumAge();
        residencyAreas = definition.residencyAreas();
        maximumMonthlyIncome = definition.maximumMonthlyIncome();
        domainsServed = definition.domainsServed();
        acceptingNewCases = definition.acceptingNewCases();
        updatedAt = at;
    }

    ProgramTerms terms() {
        return new ProgramTerms(name, minimumAge, maximumAge, residencyAreas, maximumMonthlyIncome, domainsServed,
                acceptingNewCases);
    }

    ProgramDefinition definition() {
        return new ProgramDefinition(name, description, minimumAge, maximumAge, residencyAreas, maximumMonthlyIncome,
                domainsServed, acceptingNewCases);
    }

    String getId() {
        return id;
    }

    Long getVersion() {
        return version;
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }
}
