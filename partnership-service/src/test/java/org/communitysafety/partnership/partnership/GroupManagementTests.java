package org.communitysafety.partnership.partnership;

import java.util.List;
import java.util.Map;

import org.communitysafety.partnership.Fixtures;
import org.communitysafety.partnership.PartnershipServiceTest;
import org.communitysafety.testkit.ApiClient;
import org.communitysafety.testkit.EventContracts;
import org.communitysafety.testkit.PublishedEvents;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communitysafety.partnership.Fixtures.assertNotPermitted;
import static org.communitysafety.partnership.Fixtures.assertRuleViolated;
import static org.communitysafety.partnership.Fixtures.send;
import static org.communitysafety.partnership.Fixtures.update;
import static org.communitysafety.partnership.Fixtures.with;

/**
 * Group managers manage the groups their own organisation runs; administrators manage all
 * and say who runs each.
 */
@PartnershipServiceTest
class GroupManagementTests {

    @Autowired
    Fixtures fixtures;

    @Autowired
    MongoTemplate mongo;

    @Test
    void refusesTheCountyTeamAnAppointmentToACspItsDistrictCouncilRuns() {
        String district = fixtures.registeredDistrictCouncil();
        String police = fixtures.registeredOrganisation();
        String csp = cspRunBy(district, police);

        ApiClient.Response refused = fixtures.groupManager().post(members(csp), member(police));

        assertNotPermitted(refused, "is run by '" + district + "'");
        assertThat(refused.json().get("detail").asString()).contains("you act for '" + Fixtures.COUNTY_COUNCIL + "'");
        assertThat(fixtures.administrator().get(members(csp)).json()).isEmpty();
    }

    @Test
    void letsADistrictCouncilsManagerAppointToItsOwnCspButNotToAnotherDistrictsOrACountyGroup() {
        String ours = fixtures.registeredDistrictCouncil();
        String theirs = fixtures.registeredDistrictCouncil();
        String police = fixtures.registeredOrganisation();
        String ourCsp = cspRunBy(ours, police);
        String theirCsp = cspRunBy(theirs, police);
        String countyGroup = fixtures.partnershipOf(police);
        ApiClient manager = fixtures.managerFor(ours);

        ApiClient.Response own = manager.post(members(ourCsp), member(police));
        ApiClient.Response another = manager.post(members(theirCsp), member(police));
        ApiClient.Response county = manager.post(members(countyGroup), member(police));

        assertThat(own.status()).as(own.toString()).isEqualTo(201);
        assertNotPermitted(another, "is run by '" + theirs + "'");
        assertNotPermitted(county, "is run by '" + Fixtures.COUNTY_COUNCIL + "'");
        assertThat(fixtures.administrator().get(members(theirCsp)).json()).isEmpty();
        assertThat(fixtures.administrator().get(members(countyGroup)).json()).isEmpty();
    }

    @Test
    void letsAnAdministratorAppointToAGroupWhoeverRunsIt() {
        String district = fixtures.registeredDistrictCouncil();
        String police = fixtures.registeredOrganisation();
        String districtCsp = cspRunBy(district, police);
        String countyGroup = fixtures.partnershipOf(police);

        for (String group : List.of(districtCsp, countyGroup)) {
            ApiClient.Response appointed = fixtures.administrator().post(members(group), member(police));
            assertThat(appointed.status()).as(appointed.toString()).isEqualTo(201);
        }
    }

    @Test
    void refusesEveryChangeToAGroupFromAManagerWhoseOrganisationDoesNotRunIt() {
        String district = fixtures.registeredDistrictCouncil();
        String police = fixtures.registeredOrganisation();
        String fire = fixtures.registeredOrganisation();
        String csp = cspRunBy(district, police);
        String path = "/api/v1/partnerships/" + csp;
        ApiClient.Response appointed = fixtures.administrator().post(members(csp), member(police));
        String member = members(csp) + "/" + appointed.json().get("id").asString();
        ApiClient county = fixtures.groupManager();
        String because = "is run by '" + district + "'";

        assertNotPermitted(update(county, "PATCH", path, Map.of("description", "Ours now")), because);
        assertNotPermitted(update(county, "PUT", path, Map.of("name", "Ours now", "areas", List.of("E07000154"))),
                because);
        assertNotPermitted(update(county, "POST", path + "/status", Map.of("status", "DISSOLVED")), because);
        assertNotPermitted(update(county, "PUT", path + "/member-organisations/" + fire, null), because);
        assertNotPermitted(update(county, "DELETE", path + "/member-organisations/" + police, null), because);
        assertNotPermitted(
                county.post(path + "/terms-of-reference",
                        Map.of("purpose", "Ours", "responsibilities", List.of("The group will do as we say."))),
                because);
        assertNotPermitted(update(county, "PATCH", member, Map.of("roleOnGroup", "ADVISER")), because);
        assertNotPermitted(update(county, "POST", member + "/stand-down", Map.of()), because);

        JsonNode group = county.get(path).json();
        assertThat(group.get("version").asLong()).isZero();
        assertThat(group.get("memberOrganisations")).extracting(JsonNode::asString).containsExactly(police);
        assertThat(county.get(member).json().get("version").asLong()).isZero();
        assertThat(county.get(path + "/terms-of-reference/versions").json()).isEmpty();
    }

    @Test
    void refusesChangesFromTheOrganisationThatRunsAGroupWithoutTheGroupManagerRole() {
        String district = fixtures.registeredDistrictCouncil();
        String police = fixtures.registeredOrganisation();
        String csp = cspRunBy(district, police);

        ApiClient.Response refused = fixtures.as(district, "AGENCY").post(members(csp), member(police));

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.isProblem()).isTrue();
        assertThat(refused.json().get("detail").asString()).contains("role");
    }

    @Test
    void refusesAGroupManagerWhoTriesToSayWhoRunsTheGroupRatherThanIgnoringIt() {
        String group = fixtures.partnershipOf();
        String district = fixtures.registeredDistrictCouncil();
        ApiClient manager = fixtures.groupManager();
        String path = "/api/v1/partnerships/" + group;

        ApiClient.Response patched = send(manager, "PATCH", path, Map.of("managedBy", district, "description", "x"),
                "\"0\"");
        ApiClient.Response replaced = send(manager, "PUT", path,
                Map.of("name", "Handed over", "areas", List.of("E07000154"), "managedBy", district), "\"0\"");

        assertNotPermitted(patched, "Only an administrator may change which organisation runs");
        assertNotPermitted(replaced, "Only an administrator may change which organisation runs");
        JsonNode unchanged = manager.get(path).json();
        assertThat(unchanged.get("version").asLong()).isZero();
        assertThat(unchanged.get("managedBy").asString()).isEqualTo(Fixtures.COUNTY_COUNCIL);
        assertThat(unchanged.get("description").isNull()).isTrue();
        ApiClient.Response sameAsBefore = send(manager, "PATCH", path,
                Map.of("managedBy", Fixtures.COUNTY_COUNCIL, "description", "Run as before"), "\"0\"");
        assertThat(sameAsBefore.status()).as(sameAsBefore.toString()).isEqualTo(200);
        assertThat(sameAsBefore.json().get("managedBy").asString()).isEqualTo(Fixtures.COUNTY_COUNCIL);
    }

    @Test
    void letsAnAdministratorHandAGroupToAnotherOrganisationToRunAndPublishesTheChange() {
        String police = fixtures.registeredOrganisation();
        String group = fixtures.partnershipOf(police);
        String district = fixtures.registeredDistrictCouncil();
        String path = "/api/v1/partnerships/" + group;

        ApiClient.Response handedOver = send(fixtures.administrator(), "PATCH", path, Map.of("managedBy", district),
                "\"0\"");

        assertThat(handedOver.status()).as(handedOver.toString()).isEqualTo(200);
        assertThat(handedOver.json().get("managedBy").asString()).isEqualTo(district);
        JsonNode event = PublishedEvents.PARTNERSHIP.about("partnerships/" + group, "partnership-updated.v1");
        assertThat(event.get("data").get("changed")).extracting(JsonNode::asString).containsExactly("managedBy");
        assertThat(event.get("data").get("managedBy").asString()).isEqualTo(district);
        assertThat(EventContracts.of(".").violations("partnership-updated.v1", event.get("data"))).isEmpty();
        assertNotPermitted(fixtures.groupManager().post(members(group), member(police)),
                "is run by '" + district + "'");
        assertThat(fixtures.managerFor(district).post(members(group), member(police)).status()).isEqualTo(201);
        assertThat(fixtures.administrator()
            .get("/api/v1/partnerships?managedBy=" + district)
            .json()
            .get("items")
            .findValuesAsString("code")).containsExactly(group);
        assertRuleViolated(update(fixtures.administrator(), "PATCH", path, Map.of("managedBy", "not-registered")),
                "'not-registered', is not registered");
    }

    @Test
    void formsAGroupOnlyWithARegisteredOrganisationToRunItAndPublishesWhichDoes() {
        String district = fixtures.registeredDistrictCouncil();
        Map<String, Object> csp = with(Fixtures.partnership(Fixtures.unique("csp"), List.of()), "managedBy", district);
        Map<String, Object> nobody = Fixtures.partnership(Fixtures.unique("csp"), List.of());
        nobody.remove("managedBy");

        ApiClient.Response withoutIt = fixtures.administrator().post("/api/v1/partnerships", nobody);
        ApiClient.Response unregistered = fixtures.administrator()
            .post("/api/v1/partnerships", with(csp, "code", Fixtures.unique("csp"), "managedBy", "not-registered"));
        String formed = fixtures.formed(csp);

        assertThat(withoutIt.status()).isEqualTo(400);
        assertThat(withoutIt.json().get("errors").findValuesAsString("field")).containsExactly("managedBy");
        assertRuleViolated(unregistered, "'not-registered', is not registered");
        assertThat(fixtures.administrator().get("/api/v1/partnerships/" + formed).json().get("managedBy").asString())
            .isEqualTo(district);
        JsonNode event = PublishedEvents.PARTNERSHIP.about("partnerships/" + formed, "partnership-formed.v1");
        assertThat(event.get("data").get("managedBy").asString()).isEqualTo(district);
        assertThat(EventContracts.of(".").violations("partnership-formed.v1", event.get("data"))).isEmpty();
    }

    @Test
    void letsOnlyAnAdministratorManageAGroupFormedBeforeGroupsNamedWhoRunsThem() {
        String police = fixtures.registeredOrganisation();
        String group = fixtures.partnershipOf(police);
        mongo.updateFirst(Query.query(Criteria.where("_id").is(group)), new Update().unset("managedBy"),
                Partnership.class);

        assertNotPermitted(fixtures.groupManager().post(members(group), member(police)),
                "No organisation is recorded as running");
        ApiClient.Response recorded = update(fixtures.administrator(), "PATCH", "/api/v1/partnerships/" + group,
                Map.of("managedBy", Fixtures.COUNTY_COUNCIL));

        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(200);
        assertThat(fixtures.groupManager().post(members(group), member(police)).status()).isEqualTo(201);
    }

    private String cspRunBy(String organisation, String... members) {
        return fixtures
            .formed(with(Fixtures.partnership(Fixtures.unique("csp"), List.of(members)), "managedBy", organisation));
    }

    private static String members(String group) {
        return "/api/v1/partnerships/" + group + "/members";
    }

    private static Map<String, Object> member(String organisation) {
        return Fixtures.member(organisation, Fixtures.unique("rep") + "@police.example", "MEMBER");
    }

}
