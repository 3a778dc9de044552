package org.communitysafety.priority.commissioning;

import java.util.LinkedHashMap;
import java.util.Map;

import org.communitysafety.priority.Fixtures;
import org.communitysafety.priority.PriorityServiceTest;
import org.communitysafety.testkit.ApiClient;
import org.communitysafety.testkit.PublishedEvents;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communitysafety.priority.Fixtures.assertInvalid;
import static org.communitysafety.priority.Fixtures.assertNotPermitted;
import static org.communitysafety.priority.Fixtures.assertRuleViolated;
import static org.communitysafety.priority.Fixtures.body;

@PriorityServiceTest
class CommissioningTests {

    @Autowired
    Fixtures fixtures;

    private Fixtures.World world;

    private String priority;

    @BeforeEach
    void setUp() {
        world = fixtures.world();
        priority = fixtures.countywidePriority(world);
    }

    @Test
    void aDeliveryGroupsManagersRecordWhatItCommissionedAgainstAPriority() {
        ApiClient.Response recorded = fixtures.managerFor(world.countyCouncil())
            .post("/api/v1/commissions?priority=" + priority, commission(world.leadGroup()));

        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
        String id = recorded.json().get("id").asString();
        assertThat(PublishedEvents.PRIORITY.about("commissions/" + id, "commissioning-recorded.v1")
            .get("data")
            .get("amount")
            .asDouble()).isEqualTo(120000.50);
        assertThat(fixtures.agency(world.police()).get("/api/v1/commissions?priority=" + priority).json())
            .extracting(listed -> listed.get("id").asString())
            .containsExactly(id);
    }

    @Test
    void anOrganisationRecordsItsOwnCommissioningButNotAnothers() {
        ApiClient.Response own = fixtures.agency(world.police())
            .post("/api/v1/commissions?priority=" + priority, commission(world.police()));

        assertThat(own.status()).as(own.toString()).isEqualTo(201);
        assertNotPermitted(
                fixtures.agency(world.districtCouncil())
                    .post("/api/v1/commissions?priority=" + priority, commission(world.police())),
                "is owned by '" + world.police() + "'");
        assertNotPermitted(fixtures.managerFor(world.districtCouncil())
            .post("/api/v1/commissions?priority=" + priority, commission(world.leadGroup())), "is run by");
    }

    @Test
    void refusesAnUnknownCommissionerABackwardPeriodAndANegativeAmount() {
        ApiClient county = fixtures.managerFor(world.countyCouncil());

        assertRuleViolated(county.post("/api/v1/commissions?priority=" + priority, commission("nobody-known")),
                "Unknown commissioner 'nobody-known'");
        Map<String, Object> backwards = new LinkedHashMap<>(commission(world.leadGroup()));
        backwards.put("endsOn", "2015-01-01");
        assertRuleViolated(county.post("/api/v1/commissions?priority=" + priority, backwards), "before it starts");
        Map<String, Object> negative = new LinkedHashMap<>(commission(world.leadGroup()));
        negative.put("amount", -5);
        assertInvalid(county.post("/api/v1/commissions?priority=" + priority, negative), "amount");
    }

    private static Map<String, Object> commission(String commissioner) {
        return body("commissioner", commissioner, "service", "Independent domestic violence advisers", "provider",
                "A local charity (fictional)", "startsOn", "2015-04-01", "endsOn", "2016-03-31", "amount", 120000.50);
    }

}
