package org.communitysafety.testkit;

import java.util.List;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;

/**
 * The rules every service's code keeps, checked by each service's own architecture test:
 * services never depend on each other's code (they talk only through events), no field
 * injection, and no names that hide what a class is for.
 */
public final class ArchitectureRules {

    private static final List<String> SERVICES = List.of("partnership", "priority", "scrutiny", "notification",
            "gateway", "authserver");

    private ArchitectureRules() {
    }

    public static void check(String service) {
        String root = "org.communitysafety." + service;
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(root);
        String[] others = SERVICES.stream()
            .filter(other -> !other.equals(service))
            .map(other -> "org.communitysafety." + other + "..")
            .toArray(String[]::new);
        noClasses().should()
            .dependOnClassesThat()
            .resideInAnyPackage(others)
            .because("services talk only through Kafka events, never through each other's code")
            .check(classes);
        noFields().should()
            .beAnnotatedWith("org.springframework.beans.factory.annotation.Autowired")
            .because("dependencies are constructor-injected")
            .allowEmptyShould(true)
            .check(classes);
        noClasses().should()
            .haveSimpleNameEndingWith("Manager")
            .orShould()
            .haveSimpleNameEndingWith("Helper")
            .orShould()
            .haveSimpleNameEndingWith("Util")
            .orShould()
            .haveSimpleNameEndingWith("Utils")
            .orShould()
            .haveSimpleNameEndingWith("Impl")
            .because("names come from the domain")
            .check(classes);
    }

    /** The shared module is cross-cutting only: it never reaches into a service. */
    public static void checkSharedModule() {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.communitysafety.servicedefaults");
        noClasses().should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    SERVICES.stream().map(service -> "org.communitysafety." + service + "..").toArray(String[]::new))
            .because("service-defaults holds cross-cutting code, never domain")
            .check(classes);
    }

}
