package org.communitysafety.priority.plan;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.communitysafety.priority.Fixtures;
import org.communitysafety.priority.PartnershipTopic;
import org.communitysafety.priority.PriorityServiceTest;
import org.communitysafety.priority.TestClock;
import org.communitysafety.priority.replica.Directory;
import org.communitysafety.testkit.ApiClient;
import org.communitysafety.testkit.PublishedEvents;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.communitysafety.priority.Fixtures.assertNotPermitted;
import static org.communitysafety.priority.Fixtures.assertRuleViolated;
import static org.communitysafety.priority.Fixtures.body;
import static org.communitysafety.priority.Fixtures.send;

@PriorityServiceTest
class PlanTests {

    @Autowired
    Fixtures fixtures;

    @Autowired
    TestClock clock;

    @Autowired
    Directory directory;

    private Fixtures.World world;

    private ApiClient county;

    private ApiClient district;

    private String countywide;

    @BeforeEach
    void setUp() {
        clock.set(Instant.parse("2015-06-15T09:00:00Z"));
        world = fixtures.world();
        county = fixtures.managerFor(world.countyCouncil());
        district = fixtures.managerFor(world.districtCouncil());
        countywide = fixtures.countywidePriority(world);
    }

    @Test
    void takesTheAgreementFromDraftThroughAgreedAndPublishedToReview() {
        String path = "/api/v1/plans/" + agreement(List.of(countywide));
        assertThat(county.get(path).json().get("kind").asString()).isEqualTo("COUNTY_AGREEMENT");

        ApiClient.Response agreed = send(county, "POST", path + "/agreement", body("on", "2015-06-10"), "\"0\"");
        assertThat(agreed.status()).as(agreed.toString()).isEqualTo(200);
        assertThat(agreed.json().get("reviewDue").asString()).isEqualTo("2016-06-10");
        assertThat(agreed.json().get("commissionerCopyDue").asString()).isEqualTo("2015-07-08");
        ApiClient.Response published = send(county, "POST", path + "/publication", body("on", "2015-06-12"), "\"1\"");
        assertThat(published.json().get("status").asString()).isEqualTo("PUBLISHED");
        ApiClient.Response review = send(county, "POST", path + "/review", null, "\"2\"");
        assertThat(review.json().get("status").asString()).isEqualTo("UNDER_REVIEW");
        assertThat(review.json().get("reviewStartedOn").asString()).isEqualTo("2015-06-15");

        String subject = "plans/" + world.countyGroup() + "-2015-16";
        assertThat(PublishedEvents.PRIORITY.about(subject, "plan-published.v1").get("data").get("reviewDue").asString())
            .isEqualTo("2016-06-10");
        assertThat(county.get(path + "/history").json()).extracting(change -> change.get("type").asString())
            .containsExactly("org.communitysafety.priority.plan-drafted.v1",
                    "org.communitysafety.priority.plan-agreed.v1", "org.communitysafety.priority.plan-published.v1",
                    "org.communitysafety.priority.plan-review-started.v1");
    }

    @Test
    void refusesToPublishAPlanBeforeItIsAgreed() {
        String path = "/api/v1/plans/" + agreement(List.of(countywide));

        assertRuleViolated(send(county, "POST", path + "/publication", null, "\"0\""),
                "a plan is published only once it is agreed");
    }

    @Test
    void refusesToAgreeAPlanWithoutPriorities() {
        String path = "/api/v1/plans/" + agreement(List.of());

        assertRuleViolated(send(county, "POST", path + "/agreement", null, "\"0\""), "adopts no priority yet");
    }

    @Test
    void keepsOnePlanAYearPerPartnershipForOneYearOnly() {
        agreement(List.of(countywide));

        assertRuleViolated(county.post("/api/v1/plans", draft(world.countyGroup(), "2015-16", List.of())),
                "already has a plan for 2015-16");
        assertRuleViolated(county.post("/api/v1/plans", draft(world.countyGroup(), "2015-17", List.of())),
                "A plan is for one year");
    }

    @Test
    void aCspPlanAdoptsItsOwnAndCountywidePrioritiesButTheAgreementNoLocalOnes() {
        String local = fixtures.localPriority(world, countywide);

        ApiClient.Response plan = district.post("/api/v1/plans",
                draft(world.csp(), "2015-16", List.of(countywide, local)));

        assertThat(plan.status()).as(plan.toString()).isEqualTo(201);
        assertThat(plan.json().get("kind").asString()).isEqualTo("PARTNERSHIP_PLAN");
        assertRuleViolated(county.post("/api/v1/plans", draft(world.countyGroup(), "2015-16", List.of(local))),
                "is a local priority of");
        assertRuleViolated(county.post("/api/v1/plans", draft(world.leadGroup(), "2015-16", List.of())),
                "plans are held by CSPs and the agreement by the county strategy group");
        assertRuleViolated(county.post("/api/v1/plans", draft("no-such-csp", "2015-16", List.of())),
                "Unknown partnership 'no-such-csp'");
    }

    @Test
    void recordsSendingTheAgreementToTheCommissionerOnceWithItsEvidence() {
        String path = "/api/v1/plans/" + agreement(List.of(countywide));
        assertRuleViolated(send(county, "POST", path + "/commissioner-copy", sent("2015-06-12"), "\"0\""),
                "not agreed yet");
        send(county, "POST", path + "/agreement", body("on", "2015-06-10"), "\"0\"");
        assertRuleViolated(send(county, "POST", path + "/commissioner-copy", sent("2015-06-09"), "\"1\""),
                "only between its agreement on 2015-06-10 and today");

        ApiClient.Response recorded = send(county, "POST", path + "/commissioner-copy", sent("2015-06-12"), "\"1\"");

        assertThat(recorded.json().get("sentToCommissionerOn").asString()).isEqualTo("2015-06-12");
        JsonNode event = PublishedEvents.PRIORITY.about("plans/" + world.countyGroup() + "-2015-16",
                "agreement-sent-to-commissioner.v1");
        assertThat(event.get("data").get("evidence").asString()).isEqualTo("Letter ref CSA/2015/01");
        assertRuleViolated(send(county, "POST", path + "/commissioner-copy", sent("2015-06-13"), "\"2\""),
                "already sent to the Commissioner on 2015-06-12");
    }

    @Test
    void onlyTheAgreementGoesToTheCommissioner() {
        String plan = Fixtures
            .created(district.post("/api/v1/plans", draft(world.csp(), "2015-16", List.of(countywide))));
        send(district, "POST", "/api/v1/plans/" + plan + "/agreement", null, "\"0\"");

        assertRuleViolated(
                send(district, "POST", "/api/v1/plans/" + plan + "/commissioner-copy", sent("2015-06-15"), "\"1\""),
                "Only the county agreement is sent");
    }

    @Test
    void onlyThoseWhoRunThePartnershipManageItsPlan() {
        assertNotPermitted(district.post("/api/v1/plans", draft(world.countyGroup(), "2015-16", List.of())),
                "is run by '" + world.countyCouncil() + "'");
        String path = "/api/v1/plans/" + agreement(List.of(countywide));
        assertNotPermitted(send(district, "POST", path + "/agreement", null, "\"0\""), "is run by");
        assertNotPermitted(send(fixtures.agency(world.countyCouncil()), "POST", path + "/agreement", null, "\"0\""),
                "role");
        ApiClient.Response revised = send(fixtures.administrator(), "PATCH", path, Map.of("title", "Renamed"), "\"0\"");
        assertThat(revised.status()).as(revised.toString()).isEqualTo(200);
    }

    @Test
    void listsPlansAPageAtATimeFilteredByPartnershipAndKind() {
        agreement(List.of(countywide));
        Fixtures.created(district.post("/api/v1/plans", draft(world.csp(), "2015-16", List.of(countywide))));

        JsonNode page = fixtures.agency(world.police())
            .get("/api/v1/plans?partnership=" + world.csp() + "&kind=PARTNERSHIP_PLAN&size=5")
            .json();

        assertThat(page.get("totalItems").asLong()).isEqualTo(1);
        assertThat(page.get("items").get(0).get("partnership").asString()).isEqualTo(world.csp());
        assertThat(fixtures.agency(world.police()).get("/api/v1/plans?sort=agreedOn").status()).isEqualTo(400);
    }

    @Test
    void aPartnershipDissolvedLaterKeepsItsPlansAndTheirHistory() {
        String plan = Fixtures
            .created(district.post("/api/v1/plans", draft(world.csp(), "2015-16", List.of(countywide))));

        ObjectNode dissolved = PartnershipTopic.example("partnership-status-changed.v1", "partnerships", world.csp());
        PartnershipTopic.data(dissolved).put("partnershipId", world.csp()).put("status", "DISSOLVED");
        dissolved.put("time", "2099-01-01T00:00:00Z");
        PartnershipTopic.publish(dissolved);
        await().atMost(Duration.ofSeconds(30))
            .until(() -> directory.findGroup(world.csp()).map(group -> group.isDissolved()).orElse(false));

        assertThat(district.get("/api/v1/plans/" + plan).json().get("partnership").asString()).isEqualTo(world.csp());
        assertThat(district.get("/api/v1/plans/" + plan + "/history").json()).hasSize(1);
        assertRuleViolated(district.post("/api/v1/plans", draft(world.csp(), "2016-17", List.of())), "is dissolved");
    }

    private String agreement(List<String> priorities) {
        return Fixtures.created(county.post("/api/v1/plans", draft(world.countyGroup(), "2015-16", priorities)));
    }

    private static Map<String, Object> draft(String partnership, String period, List<String> priorities) {
        return body("partnership", partnership, "title", "Community Safety Plan " + period, "period", period,
                "priorities", priorities);
    }

    private static Map<String, Object> sent(String on) {
        return body("sentOn", on, "evidence", "Letter ref CSA/2015/01");
    }

}
