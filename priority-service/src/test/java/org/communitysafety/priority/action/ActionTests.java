package org.communitysafety.priority.action;

import java.time.Instant;
import java.time.LocalDate;
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
class ActionTests {

    @Autowired
    Fixtures fixtures;

    @Autowired
    TestClock clock;

    private Fixtures.World world;

    private ApiClient district;

    private String priority;

    @BeforeEach
    void setUp() {
        clock.set(Instant.parse("2015-06-29T09:00:00Z"));
        world = fixtures.world();
        district = fixtures.managerFor(world.districtCouncil());
        priority = fixtures.localPriority(world, null);
    }

    @Test
    void theCspAssignsAnActionAndPublishesActionAssigned() {
        String id = fixtures.action(district, priority, world.police(), LocalDate.of(2015, 10, 31));

        JsonNode event = PublishedEvents.PRIORITY.about("actions/" + id, "action-assigned.v1");
        assertThat(event.get("data").get("ownerOrganisationId").asString()).isEqualTo(world.police());
        assertThat(event.get("data").get("partnershipId").asString()).isEqualTo(world.csp());
    }

    @Test
    void theOwningAgencyRecordsProgressAndAnotherAgencyIsRefusedWithTheReason() {
        String path = "/api/v1/actions/"
                + fixtures.action(district, priority, world.police(), LocalDate.of(2015, 10, 31));

        ApiClient.Response recorded = send(fixtures.agency(world.police()), "POST", path + "/progress",
                progress("IN_PROGRESS"), "\"0\"");

        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(200);
        assertThat(recorded.json().get("progress").get(0).get("recordedOn").asString()).isEqualTo("2015-06-29");
        assertThat(recorded.json().get("progress").get(0).get("recordedBy").asString()).isEqualTo(world.police());
        assertThat(PublishedEvents.PRIORITY.about(path.substring("/api/v1/".length()), "action-progress-recorded.v1")
            .get("data")
            .get("status")
            .asString()).isEqualTo("IN_PROGRESS");
        assertNotPermitted(send(fixtures.agency(world.districtCouncil()), "POST", path + "/progress",
                progress("IN_PROGRESS"), "\"1\""), "is owned by '" + world.police() + "'");
        assertNotPermitted(send(district, "POST", path + "/progress", progress("IN_PROGRESS"), "\"1\""),
                "an agency records only on what its own organisation owns");
        assertThat(send(fixtures.agency(world.police()), "POST", path + "/progress", progress("IN_PROGRESS"), null)
            .status()).isEqualTo(428);
    }

    @Test
    void theOwnerCompletesWithEvidenceOnceAndNothingIsRecordedAfter() {
        String path = "/api/v1/actions/"
                + fixtures.action(district, priority, world.police(), LocalDate.of(2015, 10, 31));
        ApiClient police = fixtures.agency(world.police());
        assertInvalid(send(police, "POST", path + "/completion", body("evidence", " "), "\"0\""), "evidence");
        assertRuleViolated(send(police, "POST", path + "/progress", progress("COMPLETED"), "\"0\""),
                "Complete an action with its evidence");

        ApiClient.Response completed = send(police, "POST", path + "/completion",
                body("evidence", "Profiles presented to the CSP"), "\"0\"");

        assertThat(completed.json().get("status").asString()).isEqualTo("COMPLETED");
        assertThat(PublishedEvents.PRIORITY.about(path.substring("/api/v1/".length()), "action-completed.v1")
            .get("data")
            .get("evidence")
            .asString()).isEqualTo("Profiles presented to the CSP");
        assertRuleViolated(send(police, "POST", path + "/completion", body("evidence", "Again"), "\"1\""),
                "was completed on 2015-06-29");
        assertRuleViolated(send(police, "POST", path + "/progress", progress("IN_PROGRESS"), "\"1\""),
                "was completed on 2015-06-29");
    }

    @Test
    void refusesAnActionDueInThePastOrOwnedByAnUnknownOrganisation() {
        assertRuleViolated(
                district.post("/api/v1/priorities/" + priority + "/actions",
                        body("title", "Late", "ownerOrganisation", world.police(), "dueDate", "2015-06-28")),
                "has passed");
        assertRuleViolated(
                district.post("/api/v1/priorities/" + priority + "/actions",
                        body("title", "Nobody's", "ownerOrganisation", "no-such-org", "dueDate", "2015-07-28")),
                "Unknown owner organisation [no-such-org]");
        assertNotPermitted(
                fixtures.managerFor(world.countyCouncil())
                    .post("/api/v1/priorities/" + priority + "/actions",
                            body("title", "Not theirs", "ownerOrganisation", world.police(), "dueDate", "2015-07-28")),
                "is run by '" + world.districtCouncil() + "'");
    }

    @Test
    void anActionIsOverdueFromTheDayAfterItsDueDateInTheUkInSummerTimeAndWinter() {
        String summer = "/api/v1/actions/"
                + fixtures.action(district, priority, world.police(), LocalDate.of(2015, 6, 30));
        String winter = "/api/v1/actions/"
                + fixtures.action(district, priority, world.police(), LocalDate.of(2015, 11, 2));

        // 23:59 BST on its due day, then 00:00 BST the next day (still 30 June in UTC).
        clock.set(Instant.parse("2015-06-30T22:59:00Z"));
        assertThat(district.get(summer).json().get("overdue").asBoolean()).isFalse();
        clock.set(Instant.parse("2015-06-30T23:00:00Z"));
        assertThat(district.get(summer).json().get("overdue").asBoolean()).isTrue();
        // After the clocks go back on 25 October, UK days are UTC days again.
        clock.set(Instant.parse("2015-11-02T23:59:00Z"));
        assertThat(district.get(winter).json().get("overdue").asBoolean()).isFalse();
        clock.set(Instant.parse("2015-11-03T00:00:00Z"));
        assertThat(district.get(winter).json().get("overdue").asBoolean()).isTrue();
        JsonNode overdue = district.get("/api/v1/actions?priority=" + priority + "&overdue=true").json();
        assertThat(overdue.get("totalItems").asLong()).isEqualTo(2);
        assertThat(district.get("/api/v1/actions?priority=" + priority + "&overdue=false")
            .json()
            .get("totalItems")
            .asLong()).isZero();
    }

    private static Map<String, Object> progress(String status) {
        return body("status", status, "note", "Offender profiles drafted");
    }

}
