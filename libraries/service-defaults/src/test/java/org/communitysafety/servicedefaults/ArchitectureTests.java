package org.communitysafety.servicedefaults;

import org.communitysafety.testkit.ArchitectureRules;
import org.junit.jupiter.api.Test;

/**
 * service-defaults holds cross-cutting code only: it never reaches into a service, and
 * its packages (events, outbox, history, consumer, web, ...) build on each other without
 * a cycle.
 */
class ArchitectureTests {

    @Test
    void keepsThePlatformsArchitectureRulesAndHasNoPackageCycles() {
        ArchitectureRules.checkSharedModule();
    }

}
