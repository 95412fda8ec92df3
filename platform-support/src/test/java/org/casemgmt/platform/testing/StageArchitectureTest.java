package org.casemgmt.platform.testing;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.casemgmt.events.PlatformService;
import org.junit.jupiter.api.Test;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The architecture every stage keeps, written once: extend it in the stage's tests with the stage's base package
 * ({@code class ArchitectureTest extends StageArchitectureTest { ArchitectureTest() { super("org.casemgmt.intake"); } }}).
 *
 * <p>The rules go by package and by role, never by class name, so a new class is held to them without anyone
 * listing it:
 * <ul>
 *   <li>the feature packages directly under the stage's package ({@code intake.client}, {@code intake.consent}...)
 *       do not depend on each other in a cycle;</li>
 *   <li>the domain — every class that is not Spring wiring (a component, a configuration, a controller, a
 *       repository) — is free of the web, of Kafka and messaging, and of the events of other stages: it can be
 *       read and tested without a server or a broker, and another stage's contract can change without touching
 *       its rules;</li>
 *   <li>no stage depends on another stage's code: stages meet only on the bus, through {@code event-contracts}.</li>
 * </ul>
 */
public abstract class StageArchitectureTest {

    private static final String[] WEB_AND_MESSAGING = {"org.casemgmt.platform.web..", "org.springframework.web..",
            "org.springframework.http..",
            "jakarta.servlet..", "org.springframework.kafka..", "org.apache.kafka..", "org.springframework.messaging..",
            "org.springframework.cloud.stream..", "org.springframework.integration.."};

    /** Listed, not only found as meta-annotations: annotation types outside the stage's packages are imported bare. */
    private static final List<String> STEREOTYPES = List.of("org.springframework.stereotype.Component",
            "org.springframework.stereotype.Service", "org.springframework.stereotype.Repository",
            "org.springframework.stereotype.Controller", "org.springframework.web.bind.annotation.RestController",
            "org.springframework.web.bind.annotation.ControllerAdvice",
            "org.springframework.web.bind.annotation.RestControllerAdvice",
            "org.springframework.context.annotation.Configuration");

    private final String stagePackage;
    private final JavaClasses stage;

    protected StageArchitectureTest(String stagePackage) {
        this.stagePackage = stagePackage;
        this.stage = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(stagePackage);
    }

    @Test
    void featuresDoNotDependOnEachOtherInACycle() {
        slices().matching(stagePackage + ".(*)..").namingSlices("feature $1")
                .should().beFreeOfCycles()
                .check(stage);
    }

    @Test
    void theDomainIsFreeOfTheWebAndOfMessaging() {
        noClasses().that(domain())
                .should().dependOnClassesThat().resideInAnyPackage(WEB_AND_MESSAGING)
                .because("rules and aggregates are plain code; controllers and consumers translate (docs/adding-a-stage.md)")
                .check(stage);
    }

    @Test
    void theDomainDoesNotReadOtherStagesEvents() {
        String[] otherStagesEvents = otherStages().map(name -> "org.casemgmt.events." + name + "..")
                .toArray(String[]::new);
        noClasses().that(domain())
                .should().dependOnClassesThat().resideInAnyPackage(otherStagesEvents)
                .because("another stage's contract is translated at the door, in the consumer, so that it can evolve "
                        + "without touching this stage's rules")
                .check(stage);
    }

    @Test
    void noStageDependsOnAnotherStagesCode() {
        String[] otherStagesCode = Stream.concat(otherStages(), Stream.of("gateway", "auth", "launcher"))
                .map(name -> "org.casemgmt." + name + "..").toArray(String[]::new);
        noClasses().should().dependOnClassesThat().resideInAnyPackage(otherStagesCode)
                .because("stages meet only on the bus, through event-contracts")
                .check(stage);
    }

    private Stream<String> otherStages() {
        return Arrays.stream(PlatformService.values())
                .map(service -> service.applicationName().replaceFirst("-service$", ""))
                .filter(name -> !stagePackage.equals("org.casemgmt." + name));
    }

    /** Every class that is not Spring wiring: the aggregates, the rules, the values they work with. */
    private static DescribedPredicate<JavaClass> domain() {
        DescribedPredicate<JavaClass> stereotyped = DescribedPredicate.describe("a Spring stereotype",
                type -> STEREOTYPES.stream().anyMatch(stereotype -> type.isAnnotatedWith(stereotype)
                        || type.isMetaAnnotatedWith(stereotype)));
        return not(stereotyped
                .or(assignableTo("org.springframework.data.repository.Repository"))
                .or(assignableTo("org.springframework.data.mapping.callback.EntityCallback"))
                .or(assignableTo("org.springframework.context.ApplicationListener")))
                .as("the domain (classes that are not Spring wiring)");
    }
}
