package org.communitysafety.scrutiny.events;

import java.nio.file.Path;

import org.communitysafety.testkit.ContractCompatibility;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every event this service has released is still published as its consumers expect it
 * (src/test/resources/contracts/released holds the schemas of the last release; copy
 * src/main/resources/contracts/events/*.schema.json there when releasing). A breaking
 * change needs a new version of the event.
 */
class ReleasedContractsTests {

    @Test
    void noPublishedEventBreaksAConsumerOfTheLastRelease() {
        assertThat(ContractCompatibility.of(Path.of("")).breakingChanges()).isEmpty();
    }

}
