package org.communitysafety.priority.baseline;

import org.communitysafety.priority.Fixtures;
import org.communitysafety.priority.PriorityServiceTest;
import org.communitysafety.testkit.ApiClient;
import org.communitysafety.testkit.PublishedEvents;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communitysafety.priority.Fixtures.assertNotPermitted;

@PriorityServiceTest
class BaselineTests {

    private static final String COUNTY_GROUP = "county-strategy-group";

    @Autowired
    Fixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures.countyBaselineKnown();
    }

    @Test
    void loadsTheSixCountywidePrioritiesWithTheirSourcesAndLeadGroupsOnceOnly() {
        ApiClient administrator = fixtures.administrator();
        administrator.post("/api/v1/priority-baseline", null);

        ApiClient.Response again = administrator.post("/api/v1/priority-baseline", null);

        assertThat(again.status()).as(again.toString()).isEqualTo(200);
        assertThat(again.json().get("created").asInt()).isZero();
        assertThat(again.json().get("alreadyPresent").asInt()).isEqualTo(14 + 6 + 1 + 6 + 1);
        JsonNode priorities = administrator.get("/api/v1/priorities?partnership=" + COUNTY_GROUP + "&sort=title")
            .json();
        assertThat(priorities.get("items")).extracting(priority -> priority.get("title").asString())
            .containsExactly("Anti-social Behaviour", "Child Sexual Exploitation", "Organised Crime", "Prevent",
                    "Substance Misuse", "Violence, including interpersonal violence");
        JsonNode violence = administrator.get("/api/v1/priorities/countywide-violence-2015-16").json();
        assertThat(violence.get("leadGroup").asString()).isEqualTo("interpersonal-violence-group");
        assertThat(violence.get("sources")).extracting(JsonNode::asString)
            .containsExactly("STRATEGIC_ASSESSMENT", "POLICE_CONTROL_STRATEGY", "POLICE_AND_CRIME_PLAN");
        assertThat(administrator.get("/api/v1/priorities/countywide-prevent-2015-16").json().get("sources"))
            .extracting(JsonNode::asString)
            .contains("NEW_STATUTORY_DUTY");
        assertThat(PublishedEvents.PRIORITY.about("priorities/countywide-cse-2015-16", "priority-adopted.v1")
            .get("data")
            .get("leadGroupId")
            .asString()).isEqualTo("cse-and-missing-sub-group");
    }

    @Test
    void loadsThePoliceAndCrimePlanOutcomesWithTheFortyPercentTargetAndTheControlStrategy() {
        ApiClient administrator = fixtures.administrator();
        administrator.post("/api/v1/priority-baseline", null);

        JsonNode outcomes = administrator.get("/api/v1/outcomes").json();
        assertThat(outcomes).filteredOn(outcome -> outcome.get("framework").asString().equals("POLICE_AND_CRIME_PLAN"))
            .hasSize(6);
        assertThat(outcomes)
            .filteredOn(outcome -> outcome.get("framework").asString().equals("POLICE_CONTROL_STRATEGY"))
            .hasSize(8);
        JsonNode target = administrator.get("/api/v1/targets/violent-crime-reduction-40-percent").json();
        assertThat(target.get("direction").asString()).isEqualTo("REDUCE");
        assertThat(target.get("target").asDouble() / target.get("baseline").asDouble()).isLessThanOrEqualTo(0.6);
        assertThat(target.get("outcome").asString()).isEqualTo("pcp-violent-crime-reduction");
    }

    @Test
    void loadsTheAgreementPublishedWithItsReviewDateAndTheStrategicAssessments() {
        ApiClient administrator = fixtures.administrator();
        administrator.post("/api/v1/priority-baseline", null);

        JsonNode agreement = administrator.get("/api/v1/plans/county-strategy-group-2015-16").json();
        assertThat(agreement.get("kind").asString()).isEqualTo("COUNTY_AGREEMENT");
        assertThat(agreement.get("status").asString()).isEqualTo("PUBLISHED");
        assertThat(agreement.get("reviewDue").asString()).isEqualTo("2016-04-01");
        assertThat(agreement.get("priorities")).hasSize(6);
        JsonNode assessments = administrator.get("/api/v1/strategic-assessments?year=2015&partnership=northampton-csp")
            .json();
        assertThat(assessments).extracting(assessment -> assessment.get("completedOn").asString())
            .contains("2015-02-28");
    }

    @Test
    void onlyAnAdministratorLoadsIt() {
        assertNotPermitted(
                fixtures.managerFor("northamptonshire-county-council").post("/api/v1/priority-baseline", null), "role");
    }

}
