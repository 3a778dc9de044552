package org.communitysafety.partnership.baseline;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.communitysafety.partnership.Fixtures;
import org.communitysafety.partnership.PartnershipServiceTest;
import org.communitysafety.servicedefaults.history.ChangeHistory;
import org.communitysafety.servicedefaults.outbox.OutboxRelay;
import org.communitysafety.testkit.ApiClient;
import org.communitysafety.testkit.PublishedEvents;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import tools.jackson.databind.JsonNode;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@PartnershipServiceTest
class CountyBaselineTests {

    static final Map<String, Integer> TOTALS = Map.of("organisations", 15, "partnerships", 13, "termsOfReference", 4,
            "members", 33);

    @Autowired
    Fixtures fixtures;

    @Autowired
    OutboxRelay relay;

    @Autowired
    MongoTemplate mongo;

    private ApiClient administrator;

    @BeforeEach
    void setUp() {
        administrator = fixtures.administrator();
    }

    @Test
    void loadsTheBaselineOnceSoThatASecondLoadChangesAndPublishesNothing() {
        JsonNode first = load();
        await().atMost(30, SECONDS).until(() -> relay.pendingCount() == 0);
        long published = mongo.getCollection(ChangeHistory.HISTORY).countDocuments();
        String groups = administrator.get("/api/v1/partnerships?size=200").body();

        JsonNode second = load();

        TOTALS.forEach((part, total) -> {
            assertThat(first.get("created").get(part).asInt() + first.get("alreadyPresent").get(part).asInt()).as(part)
                .isEqualTo(total);
            assertThat(second.get("created").get(part).asInt()).as(part).isZero();
            assertThat(second.get("alreadyPresent").get(part).asInt()).as(part).isEqualTo(total);
        });
        assertThat(relay.pendingCount()).isZero();
        assertThat(mongo.getCollection(ChangeHistory.HISTORY).countDocuments()).isEqualTo(published);
        assertThat(administrator.get("/api/v1/partnerships?size=200").body()).isEqualTo(groups);
    }

    @Test
    void formsTheSixCspsTheCountyGroupsAndTheProposedGroupWithTheAreasTheyCover() {
        load();

        // Other tests form CSPs of their own in the same register, hence "contains".
        assertThat(codes("kind=DISTRICT_CSP")).contains("corby-csp", "daventry-and-south-northamptonshire-csp",
                "east-northamptonshire-csp", "kettering-csp", "northampton-csp", "wellingborough-csp");
        assertThat(codes("kind=DISTRICT_CSP&area=E07000155")).contains("daventry-and-south-northamptonshire-csp")
            .doesNotContain("corby-csp", "northampton-csp");
        assertThat(group("daventry-and-south-northamptonshire-csp").get("areas")).extracting(JsonNode::asString)
            .containsExactly("E07000151", "E07000155");
        JsonNode strategy = group("county-strategy-group");
        assertThat(strategy.get("kind").asString()).isEqualTo("COUNTY_STRATEGY_GROUP");
        assertThat(strategy.get("reportingCadence").asString()).isEqualTo("P6M");
        assertThat(group("organised-crime-and-prevent-group").get("status").asString()).isEqualTo("PROPOSED");
        assertThat(group("cse-and-missing-sub-group").get("kind").asString()).isEqualTo("SUB_GROUP");
        JsonNode tree = administrator.get("/api/v1/partnerships/county-strategy-group/tree").json();
        assertThat(tree.get("reports").findValuesAsString("code")).hasSize(11)
            .contains("northampton-csp", "asb-and-hate-crime-group", "interpersonal-violence-group",
                    "alcohol-harm-reduction-group", "community-safety-managers-group",
                    "organised-crime-and-prevent-group");
    }

    @Test
    void givesTheGroupsTheirTermsOfReferenceAndFictionalRepresentatives() {
        load();

        JsonNode asb = administrator.get("/api/v1/partnerships/asb-and-hate-crime-group/terms-of-reference").json();
        assertThat(asb.get("purpose").asString()).isEqualTo(
                "To establish an understanding of, and mitigate risk in relation to victimisation from ASB and Hate Crime.");
        assertThat(asb.get("responsibilities")).hasSize(7);
        assertThat(asb.get("effectiveFrom").asString()).isEqualTo("2015-04-01");
        for (String group : List.of("interpersonal-violence-group", "alcohol-harm-reduction-group",
                "community-safety-managers-group")) {
            assertThat(administrator.get("/api/v1/partnerships/" + group + "/terms-of-reference/versions").json())
                .as(group)
                .hasSize(1);
        }
        JsonNode members = administrator.get("/api/v1/partnerships/county-strategy-group/members?asAt=2015-06-01")
            .json();
        assertThat(members).isNotEmpty().allSatisfy(member -> {
            assertThat(member.get("name").asString()).endsWith("(fictional)");
            assertThat(member.get("email").asString()).endsWith("@example.org");
        });
        assertThat(members).filteredOn(member -> member.get("roleOnGroup").asString().equals("CHAIR")).hasSize(1);
        assertThat(
                administrator.get("/api/v1/organisations/northamptonshire-police/memberships?asAt=2015-06-01").json())
            .extracting(member -> member.get("partnership").asString())
            .contains("county-strategy-group", "northampton-csp");
    }

    @Test
    void namesTheOrganisationThatRunsEachGroupTheDistrictCouncilsTheirCspsAndTheCountyCouncilTheRest() {
        load();

        Map<String, String> runBy = new HashMap<>(Map.of("corby-csp", "corby-borough-council",
                "daventry-and-south-northamptonshire-csp", "daventry-district-council", "east-northamptonshire-csp",
                "east-northamptonshire-council", "kettering-csp", "kettering-borough-council", "northampton-csp",
                "northampton-borough-council", "wellingborough-csp", "wellingborough-borough-council"));
        for (String county : List.of("county-strategy-group", "asb-and-hate-crime-group",
                "interpersonal-violence-group", "alcohol-harm-reduction-group", "community-safety-managers-group",
                "cse-and-missing-sub-group", "organised-crime-and-prevent-group")) {
            runBy.put(county, "northamptonshire-county-council");
        }

        assertThat(runBy).hasSize(TOTALS.get("partnerships"));
        runBy.forEach((group, organisation) -> assertThat(group(group).get("managedBy").asString()).as(group)
            .isEqualTo(organisation));
    }

    @Test
    void letsEachDistrictCouncilManageItsOwnCspAndTheCountyTeamTheCountywideGroups() {
        load();
        long corbyVersion = group("corby-csp").get("version").asLong();
        ApiClient corby = fixtures.managerFor("corby-borough-council");
        ApiClient county = fixtures.groupManager();

        // An empty PATCH changes nothing, so it shows who may manage a group without
        // changing the baseline.
        assertThat(emptyPatch(corby, "corby-csp").status()).isEqualTo(200);
        assertThat(emptyPatch(corby, "kettering-csp").status()).isEqualTo(403);
        assertThat(emptyPatch(corby, "asb-and-hate-crime-group").status()).isEqualTo(403);
        assertThat(emptyPatch(county, "asb-and-hate-crime-group").status()).isEqualTo(200);
        assertThat(emptyPatch(county, "northampton-csp").status()).isEqualTo(403);
        assertThat(
                emptyPatch(fixtures.managerFor("daventry-district-council"), "daventry-and-south-northamptonshire-csp")
                    .status())
            .isEqualTo(200);
        assertThat(group("corby-csp").get("version").asLong()).isEqualTo(corbyVersion);
    }

    @Test
    void recordsWhoRunsAGroupLoadedBeforeGroupsNamedItOnceAndLeavesTheRestAlone() {
        load();
        long corbyVersion = group("corby-csp").get("version").asLong();
        mongo.updateFirst(Query.query(Criteria.where("_id").is("corby-csp")), new Update().unset("managedBy"),
                "partnerships");

        JsonNode upgraded = load();
        await().atMost(30, SECONDS).until(() -> relay.pendingCount() == 0);
        long published = mongo.getCollection(ChangeHistory.HISTORY).countDocuments();
        JsonNode again = load();

        JsonNode corby = group("corby-csp");
        assertThat(corby.get("managedBy").asString()).isEqualTo("corby-borough-council");
        assertThat(corby.get("version").asLong()).isEqualTo(corbyVersion + 1);
        JsonNode event = PublishedEvents.PARTNERSHIP.about("partnerships/corby-csp", "partnership-updated.v1");
        assertThat(event.get("data").get("changed")).extracting(JsonNode::asString).containsExactly("managedBy");
        assertThat(upgraded.get("created").get("partnerships").asInt()).isZero();
        assertThat(again.get("created").get("partnerships").asInt()).isZero();
        assertThat(mongo.getCollection(ChangeHistory.HISTORY).countDocuments()).isEqualTo(published);
    }

    @Test
    void letsOnlyAnAdministratorLoadTheBaseline() {
        assertThat(fixtures.groupManager().post("/api/v1/partnership-baseline", Map.of()).status()).isEqualTo(403);
        assertThat(fixtures.anonymous().post("/api/v1/partnership-baseline", Map.of()).status()).isEqualTo(401);
    }

    private JsonNode load() {
        ApiClient.Response loaded = administrator.post("/api/v1/partnership-baseline", Map.of());
        assertThat(loaded.status()).as(loaded.toString()).isEqualTo(200);
        return loaded.json();
    }

    private static ApiClient.Response emptyPatch(ApiClient manager, String group) {
        return Fixtures.update(manager, "PATCH", "/api/v1/partnerships/" + group, Map.of());
    }

    private JsonNode group(String code) {
        return administrator.get("/api/v1/partnerships/" + code).json();
    }

    private List<String> codes(String query) {
        return administrator.get("/api/v1/partnerships?size=200&" + query)
            .json()
            .get("items")
            .findValuesAsString("code");
    }

}
