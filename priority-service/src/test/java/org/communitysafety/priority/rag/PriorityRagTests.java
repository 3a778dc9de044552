package org.communitysafety.priority.rag;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

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
import static org.communitysafety.priority.Fixtures.body;
import static org.communitysafety.priority.Fixtures.send;

/**
 * A priority's RAG status is published by this service when a reading (or a local
 * priority's retirement) changes it, read back from the real topic.
 */
@PriorityServiceTest
class PriorityRagTests {

    private static final String CHANGED = "priority-rag-changed.v1";

    @Autowired
    Fixtures fixtures;

    @Autowired
    TestClock clock;

    private Fixtures.World world;

    private ApiClient county;

    @BeforeEach
    void setUp() {
        clock.set(Instant.parse("2015-10-01T09:00:00Z"));
        world = fixtures.world();
        county = fixtures.managerFor(world.countyCouncil());
    }

    @Test
    void publishesThePriorityStatusEachTimeAReadingChangesItAndOnlyThen() {
        String priority = fixtures.countywidePriority(world);
        String readings = "/api/v1/targets/" + target(county, priority) + "/readings";

        send(county, "POST", readings, reading(79, "2015-09-30"), "\"0\"");
        assertThat(statusesOf(priority, 1)).containsExactly("NO_READING>GREEN");
        send(county, "POST", readings, reading(97, "2015-07-01"), "\"1\"");
        send(county, "POST", readings, reading(83, "2015-10-01"), "\"2\"");

        // The late red reading changes nothing: the latest reading (green) still decides.
        assertThat(statusesOf(priority, 2)).containsExactly("NO_READING>GREEN", "GREEN>AMBER");
    }

    @Test
    void aLocalPriorityStatusRollsUpIntoTheCountywidePriorityAndLeavesItWhenRetired() {
        String countywide = fixtures.countywidePriority(world);
        String local = fixtures.localPriority(world, countywide);
        ApiClient district = fixtures.managerFor(world.districtCouncil());

        send(county, "POST", "/api/v1/targets/" + target(county, countywide) + "/readings", reading(79, "2015-09-30"),
                "\"0\"");
        assertThat(statusesOf(countywide, 1)).containsExactly("NO_READING>GREEN");
        send(district, "POST", "/api/v1/targets/" + target(district, local) + "/readings", reading(97, "2015-09-30"),
                "\"0\"");
        assertThat(statusesOf(local, 1)).containsExactly("NO_READING>RED");
        assertThat(statusesOf(countywide, 2)).containsExactly("NO_READING>GREEN", "GREEN>RED");

        send(district, "POST", "/api/v1/priorities/" + local + "/retirement", null, "\"0\"");

        assertThat(statusesOf(countywide, 3)).containsExactly("NO_READING>GREEN", "GREEN>RED", "RED>GREEN");
        JsonNode latest = PublishedEvents.PRIORITY.about("priority-rags/" + countywide, CHANGED);
        assertThat(latest.get("partitionkey").asString()).isEqualTo(countywide);
        assertThat(latest.get("data").get("partnershipId").asString()).isEqualTo(world.countyGroup());
    }

    /** The priority's published changes, in order, once there are as many as expected. */
    private static List<String> statusesOf(String priority, int expected) {
        Predicate<JsonNode> about = event -> ("priority-rags/" + priority).equals(event.get("subject").asString())
                && CHANGED.equals(PublishedEvents.PRIORITY.contractOf(event));
        List<JsonNode> events = PublishedEvents.PRIORITY.until(read -> read.stream().filter(about).count() >= expected,
                Duration.ofSeconds(30));
        return events.stream()
            .filter(about)
            .map(event -> event.get("data"))
            .map(data -> data.get("previousRag").asString() + ">" + data.get("rag").asString())
            .toList();
    }

    private static String target(ApiClient manager, String priority) {
        return Fixtures.created(manager.post("/api/v1/priorities/" + priority + "/targets",
                body("measure", "Violence against the person, recorded offences", "unit", "offences", "direction",
                        "REDUCE", "baseline", 100, "baselineOn", "2015-04-01", "target", 60, "deadline",
                        "2016-03-31")));
    }

    private static Map<String, Object> reading(double value, String on) {
        return body("value", value, "readOn", on, "source", "Police recorded crime");
    }

}
