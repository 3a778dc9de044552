package org.communitysafety.scrutiny;

import org.communitysafety.testkit.ArchitectureRules;
import org.junit.jupiter.api.Test;

/**
 * This service keeps the rules every service keeps (ArchitectureRules in the test kit).
 */
class ArchitectureTests {

    @Test
    void keepsThePlatformsArchitectureRules() {
        ArchitectureRules.check("scrutiny");
    }

}
