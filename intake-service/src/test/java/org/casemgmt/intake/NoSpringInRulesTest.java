package org.casemgmt.intake;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/** The rules of intake are plain Java: they can be read, tested and reused without Spring, MongoDB or Kafka. */
class NoSpringInRulesTest {

    private static final JavaClasses INTAKE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.casemgmt.intake");

    @Test
    void ruleClassesDoNotDependOnSpringOrThePlatform() {
        noClasses()
                .that().resideInAnyPackage("..intake.assessment..", "..intake.eligibility..", "..intake.consent..")
                .or().haveSimpleNameEndingWith("Rule")
                .or().haveSimpleNameEndingWith("Rules")
                .or().haveSimpleNameEndingWith("Policy")
                .or().haveSimpleName("DuplicateClientCheck")
                .or().haveSimpleName("NameKeys")
                .or().haveSimpleName("JaroWinkler")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.casemgmt.platform..",
                        "com.mongodb..", "org.apache.kafka..")
                .because("domain rules stay free of frameworks (see docs and style.md)")
                .check(INTAKE);
    }
}
