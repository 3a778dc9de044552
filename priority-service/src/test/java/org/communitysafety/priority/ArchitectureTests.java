package org.communitysafety.priority;

import org.communitysafety.testkit.ArchitectureRules;
import org.junit.jupiter.api.Test;

class ArchitectureTests {

    @Test
    void dependsOnNoOtherServiceAndKeepsTheSharedCodeRules() {
        ArchitectureRules.check("priority");
    }

}
