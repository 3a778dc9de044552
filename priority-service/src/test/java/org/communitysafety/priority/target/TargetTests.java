package org.communitysafety.priority.target;

import java.util.Map;

import org.communitysafety.priority.Fixtures;
import org.communitysafety.priority.PriorityServiceTest;
import org.communitysafety.priority.TestClock;
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
class TargetTests {

    @Autowired
    Fixtures fixtures;

    @Autowired
    TestClock clock;

    private Fixtures.World world;

    private ApiClient county;

    private String priority;

    @BeforeEach
    void setUp() {
        clock.set(java.time.Instant.parse("2015-10-01T09:00:00Z"));
        world = fixtures.world();
        county = fixtures.managerFor(world.countyCouncil());
        priority = fixtures.countywidePriority(world);
    }

    @Test
    void aTargetWithoutReadingsHasNoReadingNotRed() {
        JsonNode target = county.post("/api/v1/priorities/" + priority + "/targets", violentCrime()).json();

        assertThat(target.get("rag").asString()).isEqualTo("NO_READING");
        assertThat(PublishedEvents.PRIORITY.about("targets/" + target.get("id").asString(), "target-set.v1"))
            .isNotNull();
    }

    @Test
    void eachReadingTakesItsStatusFromTheTrajectoryAndTheTargetKeepsTheirHistory() {
        String id = Fixtures.created(county.post("/api/v1/priorities/" + priority + "/targets", violentCrime()));
        String path = "/api/v1/targets/" + id;

        ApiClient.Response green = send(county, "POST", path + "/readings", reading(79, "2015-09-30"), "\"0\"");
        ApiClient.Response red = send(county, "POST", path + "/readings", reading(97, "2015-07-01"), "\"1\"");

        assertThat(green.json().get("rag").asString()).isEqualTo("GREEN");
        assertThat(red.status()).as(red.toString()).isEqualTo(200);
        // The later reading still sets the status; the earlier red one is kept in order.
        assertThat(red.json().get("rag").asString()).isEqualTo("GREEN");
        assertThat(red.json().get("readings")).extracting(reading -> reading.get("rag").asString())
            .containsExactly("RED", "GREEN");
        JsonNode event = PublishedEvents.PRIORITY.about("targets/" + id, "target-reading-recorded.v1");
        assertThat(event.get("data").get("rag").asString()).isIn("GREEN", "RED");
        ApiClient.Response amber = send(county, "POST", path + "/readings", reading(83, "2015-10-01"), "\"2\"");
        assertThat(amber.json().get("rag").asString()).isEqualTo("AMBER");
    }

    @Test
    void refusesReadingsInTheFutureBeforeTheBaselineOrTwiceOnADay() {
        String path = "/api/v1/targets/"
                + Fixtures.created(county.post("/api/v1/priorities/" + priority + "/targets", violentCrime()));

        assertRuleViolated(send(county, "POST", path + "/readings", reading(80, "2015-10-02"), "\"0\""),
                "is in the future");
        assertRuleViolated(send(county, "POST", path + "/readings", reading(80, "2015-03-01"), "\"0\""),
                "before the baseline date");
        send(county, "POST", path + "/readings", reading(80, "2015-09-01"), "\"0\"");
        assertRuleViolated(send(county, "POST", path + "/readings", reading(81, "2015-09-01"), "\"1\""),
                "already a reading on 2015-09-01");
        assertThat(send(county, "POST", path + "/readings", reading(81, "2015-09-02"), null).status()).isEqualTo(428);
    }

    @Test
    void refusesATargetThatMovesTheWrongWayOrEndsBeforeItStarts() {
        Map<String, Object> upwards = new java.util.LinkedHashMap<>(violentCrime());
        upwards.put("target", 120);
        assertRuleViolated(county.post("/api/v1/priorities/" + priority + "/targets", upwards),
                "the target must be lower");
        Map<String, Object> backwards = new java.util.LinkedHashMap<>(violentCrime());
        backwards.put("deadline", "2015-01-01");
        assertRuleViolated(county.post("/api/v1/priorities/" + priority + "/targets", backwards),
                "must come after the baseline date");
        Map<String, Object> noDirection = new java.util.LinkedHashMap<>(violentCrime());
        noDirection.remove("direction");
        assertInvalid(county.post("/api/v1/priorities/" + priority + "/targets", noDirection), "direction");
        assertRuleViolated(county.post("/api/v1/priorities/no-such-priority/targets", violentCrime()),
                "Unknown priority 'no-such-priority'");
    }

    @Test
    void onlyThoseWhoManageThePartnershipSetTargetsAndRecordReadings() {
        String path = "/api/v1/targets/"
                + Fixtures.created(county.post("/api/v1/priorities/" + priority + "/targets", violentCrime()));

        assertNotPermitted(fixtures.managerFor(world.districtCouncil())
            .post("/api/v1/priorities/" + priority + "/targets", violentCrime()), "is run by");
        assertNotPermitted(send(fixtures.managerFor(world.districtCouncil()), "POST", path + "/readings",
                reading(80, "2015-09-01"), "\"0\""), "is run by");
        assertNotPermitted(
                send(fixtures.agency(world.police()), "POST", path + "/readings", reading(80, "2015-09-01"), "\"0\""),
                "role");
    }

    private static Map<String, Object> violentCrime() {
        return body("measure", "Violence against the person, recorded offences", "unit", "offences", "direction",
                "REDUCE", "baseline", 100, "baselineOn", "2015-04-01", "target", 60, "deadline", "2016-03-31");
    }

    private static Map<String, Object> reading(double value, String on) {
        return body("value", value, "readOn", on, "source", "Police recorded crime");
    }

}
