package org.communitysafety.servicedefaults;

import org.communitysafety.testkit.ArchitectureRules;
import org.junit.jupiter.api.Test;

class ArchitectureTests {

    @Test
    void holdsCrossCuttingCodeOnlyAndNeverReachesIntoAService() {
        ArchitectureRules.checkSharedModule();
        ArchitectureRules.check("servicedefaults");
    }

}
