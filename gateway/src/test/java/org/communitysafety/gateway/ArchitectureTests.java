package org.communitysafety.gateway;

import org.communitysafety.testkit.ArchitectureRules;
import org.junit.jupiter.api.Test;

/**
 * The gateway keeps the same rules as the services: it depends on no service's code, only
 * on platform-core.
 */
class ArchitectureTests {

    @Test
    void keepsThePlatformsArchitectureRules() {
        ArchitectureRules.check("gateway");
    }

}
