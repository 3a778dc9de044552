package org.communitysafety.partnership;

import java.util.stream.Stream;

import org.communitysafety.testkit.BadInputCorpus;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The shared bad-input corpus against every write and list operation the service
 * documents: each refused with a 4xx problem detail, nothing stored.
 */
@PartnershipServiceTest
class BadInputCorpusTests {

    @Autowired
    Fixtures fixtures;

    @Autowired
    MongoTemplate mongo;

    @TestFactory
    Stream<DynamicTest> refusesEveryBadInputToEveryWriteAndListWithAProblemAndStoresNothing() {
        return BadInputCorpus.against(fixtures.as(Fixtures.COUNTY_COUNCIL, "ADMINISTRATOR", "GROUP_MANAGER", "AGENCY"),
                mongo.getDb());
    }

}
