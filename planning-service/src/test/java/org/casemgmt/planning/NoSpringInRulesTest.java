package org.casemgmt.planning;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/** The rules of planning are plain Java: they can be read, tested and reused without Spring, MongoDB or Kafka. */
class NoSpringInRulesTest {

    private static final JavaClasses PLANNING = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.casemgmt.planning");

    @Test
    void ruleClassesDoNotDependOnSpringOrThePlatform() {
        noClasses()
                .that().resideInAnyPackage("..planning.goal..")
                .or().haveSimpleNameEndingWith("Rule")
                .or().haveSimpleNameEndingWith("Lifecycle")
                .or().haveSimpleName("PlanAction")
                .or().haveSimpleName("PlanStatus")
                .or().haveSimpleName("GoalSuggester")
                .or().haveSimpleName("GoalTemplate")
                .or().haveSimpleName("ObjectiveTemplate")
                .or().haveSimpleName("Severity")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.casemgmt.platform..",
                        "com.mongodb..", "org.apache.kafka..")
                .because("domain rules stay free of frameworks (see docs/architecture.md and style.md)")
                .check(PLANNING);
    }
}
