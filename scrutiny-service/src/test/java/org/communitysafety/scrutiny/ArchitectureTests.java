package org.communitysafety.scrutiny;

import org.communitysafety.localinfrastructure.ArchitectureRules;
import org.junit.jupiter.api.Test;

class ArchitectureTests {

    @Test
    void dependsOnNoOtherServiceAndKeepsTheSharedCodeRules() {
        ArchitectureRules.check("scrutiny");
    }

}
