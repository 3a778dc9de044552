package org.communitysafety.notification;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

class ArchitectureTests {

    private final JavaClasses classes = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("org.communitysafety.notification");

    @Test
    void featuresDoNotDependOnEachOtherInCircles() {
        slices().matching("org.communitysafety.notification.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void theEventBoundaryKnowsNoFeatureAndNoOtherServicesCode() {
        noClasses().that()
            .resideInAPackage("..notification.events..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("..notification.member..", "..notification.delivery..", "..notification.appointment..",
                    "..notification.organisation..", "..notification.erasure..")
            .check(classes);
        noClasses().should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.communitysafety.partnership..", "org.communitysafety.priority..",
                    "org.communitysafety.scrutiny..")
            .check(classes);
    }

}
