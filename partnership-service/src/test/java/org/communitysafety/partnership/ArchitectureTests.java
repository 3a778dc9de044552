package org.communitysafety.partnership;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.communitysafety.testkit.ArchitectureRules;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

class ArchitectureTests {

    @Test
    void dependsOnNoOtherServiceAndKeepsTheSharedCodeRules() {
        ArchitectureRules.check("partnership");
    }

    @Test
    void keepsItsFeaturePackagesFreeOfCycles() {
        slices().matching("org.communitysafety.partnership.(*)..")
            .should()
            .beFreeOfCycles()
            .because("each feature builds on those below it (a group on its organisations, a membership on its group)")
            .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.communitysafety.partnership"));
    }

}
