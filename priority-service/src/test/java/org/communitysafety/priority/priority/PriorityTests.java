package org.communitysafety.priority.priority;

import java.util.List;
import java.util.Map;

import org.communitysafety.priority.Fixtures;
import org.communitysafety.priority.PriorityServiceTest;
import org.communitysafety.testkit.ApiClient;
import org.communitysafety.testkit.PublishedEvents;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communitysafety.priority.Fixtures.assertInvalid;
import static org.communitysafety.priority.Fixtures.assertNotPermitted;
import static org.communitysafety.priority.Fixtures.assertRuleViolated;
import static org.communitysafety.priority.Fixtures.body;
import static org.communitysafety.priority.Fixtures.send;

@PriorityServiceTest
class PriorityTests {

    @Autowired
    Fixtures fixtures;

    private Fixtures.World world;

    private ApiClient county;

    private ApiClient district;

    @BeforeEach
    void setUp() {
        world = fixtures.world();
        county = fixtures.managerFor(world.countyCouncil());
        district = fixtures.managerFor(world.districtCouncil());
    }

    @Test
    void theCountyTeamAdoptsACountywidePriorityAndPublishesPriorityAdopted() {
        ApiClient.Response adopted = county.post("/api/v1/priorities", countywide(world.countyGroup()));

        assertThat(adopted.status()).as(adopted.toString()).isEqualTo(201);
        assertThat(adopted.header("ETag")).contains("\"0\"");
        String id = adopted.json().get("id").asString();
        assertThat(adopted.json().get("leadGroup").asString()).isEqualTo(world.leadGroup());
        JsonNode event = PublishedEvents.PRIORITY.about("priorities/" + id, "priority-adopted.v1");
        assertThat(event.get("data").get("scope").asString()).isEqualTo("COUNTYWIDE");
        assertThat(event.get("data").get("partnershipId").asString()).isEqualTo(world.countyGroup());
        assertThat(event.get("organisation").asString()).isEqualTo(world.countyCouncil());
    }

    @Test
    void aCspAdoptsALocalPriorityTakingForwardACountywideOne() {
        String countywide = fixtures.countywidePriority(world);

        String local = fixtures.localPriority(world, countywide);

        JsonNode read = fixtures.agency(world.police()).get("/api/v1/priorities/" + local).json();
        assertThat(read.get("parent").asString()).isEqualTo(countywide);
        assertThat(read.get("scope").asString()).isEqualTo("LOCAL");
    }

    @Test
    void refusesADistrictManagerAdoptingACountywidePriorityAndSaysWhy() {
        assertNotPermitted(district.post("/api/v1/priorities", countywide(world.countyGroup())),
                "is run by '" + world.countyCouncil() + "'");
    }

    @Test
    void refusesAnAgencyAdoptingAnyPriority() {
        assertNotPermitted(fixtures.agency(world.police()).post("/api/v1/priorities", countywide(world.countyGroup())),
                "role");
    }

    @Test
    void refusesReferencesToUnknownPartnershipsAndGroupsNamingThem() {
        assertRuleViolated(county.post("/api/v1/priorities", countywide("no-such-group")),
                "Unknown partnership 'no-such-group'");
        Map<String, Object> unknownLead = Fixtures.body("title", "ASB", "theme", "anti-social-behaviour", "scope",
                "COUNTYWIDE", "partnership", world.countyGroup(), "leadGroup", "no-such-lead", "sources",
                List.of("PUBLIC_ATTITUDE_SURVEY"), "since", "2015-16");
        assertRuleViolated(county.post("/api/v1/priorities", unknownLead), "Unknown lead group 'no-such-lead'");
        Map<String, Object> unknownOutcome = new java.util.LinkedHashMap<>(countywide(world.countyGroup()));
        unknownOutcome.put("outcomes", List.of("no-such-outcome"));
        assertRuleViolated(county.post("/api/v1/priorities", unknownOutcome), "no-such-outcome");
    }

    @Test
    void keepsCountywidePrioritiesToTheCountyGroupAndLocalOnesToCsps() {
        assertRuleViolated(district.post("/api/v1/priorities", countywide(world.csp())),
                "A countywide priority is held by the county strategy group");
        Map<String, Object> localOnCounty = new java.util.LinkedHashMap<>(countywide(world.countyGroup()));
        localOnCounty.put("scope", "LOCAL");
        assertRuleViolated(county.post("/api/v1/priorities", localOnCounty), "A local priority is held by a CSP");
    }

    @Test
    void refusesALocalPriorityUnderAnotherLocalOne() {
        String local = fixtures.localPriority(world, null);

        Map<String, Object> underLocal = body("title", "Street drinking", "theme", "alcohol", "scope", "LOCAL",
                "partnership", world.csp(), "leadGroup", world.csp(), "sources", List.of("STRATEGIC_ASSESSMENT"),
                "parent", local, "since", "2015-16");
        assertRuleViolated(district.post("/api/v1/priorities", underLocal), "is not countywide");
    }

    @Test
    void refusesBadInputNamingTheField() {
        Map<String, Object> noSources = new java.util.LinkedHashMap<>(countywide(world.countyGroup()));
        noSources.put("sources", List.of());
        assertInvalid(county.post("/api/v1/priorities", noSources), "sources");
        Map<String, Object> badYear = new java.util.LinkedHashMap<>(countywide(world.countyGroup()));
        badYear.put("since", "next year");
        assertInvalid(county.post("/api/v1/priorities", badYear), "since");
    }

    @Test
    void updatesOnlyWithTheETagReadAndNamesWhatChanged() {
        String id = fixtures.countywidePriority(world);
        String path = "/api/v1/priorities/" + id;

        ApiClient.Response withoutIfMatch = send(county, "PATCH", path, Map.of("theme", "violent-crime"), null);
        assertThat(withoutIfMatch.status()).as(withoutIfMatch.toString()).isEqualTo(428);
        assertThat(withoutIfMatch.isProblem()).isTrue();
        assertThat(send(county, "PATCH", path, Map.of("theme", "violent-crime"), "\"7\"").status()).isEqualTo(412);

        ApiClient.Response updated = send(county, "PATCH", path, Map.of("theme", "violent-crime"), "\"0\"");

        assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
        assertThat(updated.header("ETag")).contains("\"1\"");
        JsonNode event = PublishedEvents.PRIORITY.about("priorities/" + id, "priority-updated.v1");
        assertThat(event.get("data").get("changed")).extracting(JsonNode::asString).containsExactly("theme");
    }

    @Test
    void retiresAPriorityKeepingItsRecordAndRefusesChangesAfter() {
        String id = fixtures.countywidePriority(world);
        String path = "/api/v1/priorities/" + id;

        ApiClient.Response retired = send(county, "POST", path + "/retirement", Map.of("retiredOn", "2016-03-31"),
                "\"0\"");

        assertThat(retired.status()).as(retired.toString()).isEqualTo(200);
        assertThat(retired.json().get("status").asString()).isEqualTo("RETIRED");
        assertThat(PublishedEvents.PRIORITY.about("priorities/" + id, "priority-retired.v1")
            .get("data")
            .get("retiredOn")
            .asString()).isEqualTo("2016-03-31");
        assertRuleViolated(send(county, "PATCH", path, Map.of("theme", "other"), "\"1\""), "was retired on 2016-03-31");
        assertThat(county.get(path + "/history").json()).extracting(change -> change.get("type").asString())
            .containsExactly("org.communitysafety.priority.priority-adopted.v1",
                    "org.communitysafety.priority.priority-retired.v1");
    }

    @Test
    void listsPrioritiesAPageAtATimeFilteredByPartnership() {
        fixtures.countywidePriority(world);
        fixtures.localPriority(world, null);

        JsonNode page = fixtures.agency(world.police())
            .get("/api/v1/priorities?partnership=" + world.csp() + "&size=10&sort=title")
            .json();

        assertThat(page.get("totalItems").asLong()).isEqualTo(1);
        assertThat(page.get("items").get(0).get("scope").asString()).isEqualTo("LOCAL");
        assertThat(fixtures.agency(world.police()).get("/api/v1/priorities?sort=$where").status()).isEqualTo(400);
        assertThat(fixtures.anonymous().get("/api/v1/priorities").status()).isEqualTo(401);
    }

    private Map<String, Object> countywide(String partnership) {
        return body("title", "Anti-social Behaviour", "theme", "anti-social-behaviour", "scope", "COUNTYWIDE",
                "partnership", partnership, "leadGroup", world.leadGroup(), "sources",
                List.of("PUBLIC_ATTITUDE_SURVEY", "POLICE_CONTROL_STRATEGY"), "since", "2015-16");
    }

}
