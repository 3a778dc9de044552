package org.communitysafety.priority.assessment;

import java.time.Instant;
import java.util.List;

import org.communitysafety.priority.Fixtures;
import org.communitysafety.priority.PriorityServiceTest;
import org.communitysafety.priority.Racing;
import org.communitysafety.priority.TestClock;
import org.communitysafety.servicedefaults.history.ChangeHistory;
import org.communitysafety.servicedefaults.outbox.AggregateStore;
import org.communitysafety.testkit.ApiClient;
import org.communitysafety.testkit.PublishedEvents;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communitysafety.priority.Fixtures.assertNotPermitted;
import static org.communitysafety.priority.Fixtures.assertRuleViolated;
import static org.communitysafety.priority.Fixtures.body;
import static org.communitysafety.priority.Fixtures.send;

@PriorityServiceTest
class AssessmentTests {

    @Autowired
    Fixtures fixtures;

    @Autowired
    TestClock clock;

    @Autowired
    AssessmentWindows windows;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    AggregateStore store;

    @Autowired
    ChangeHistory history;

    @Test
    void aCspCarriesOutItsAssessmentWithinJuneToOctober() {
        clock.set(Instant.parse("2017-07-01T09:00:00Z"));
        Fixtures.World world = fixtures.world();
        ApiClient district = fixtures.managerFor(world.districtCouncil());

        ApiClient.Response started = district.post("/api/v1/strategic-assessments",
                body("partnership", world.csp(), "startedOn", "2017-06-01"));
        String id = Fixtures.created(started);
        String path = "/api/v1/strategic-assessments/" + id;
        assertRuleViolated(send(district, "POST", path + "/completion", completion("2017-11-01"), "\"0\""),
                "between June and October (§6.4); it cannot be completed on 2017-11-01");
        ApiClient.Response completed = send(district, "POST", path + "/completion", completion("2017-06-30"), "\"0\"");

        assertThat(completed.json().get("status").asString()).isEqualTo("COMPLETED");
        assertThat(PublishedEvents.PRIORITY.about("strategic_assessments/" + id, "strategic-assessment-recorded.v1")
            .get("data")
            .get("year")
            .asInt()).isEqualTo(2017);
        assertRuleViolated(send(district, "POST", path + "/completion", completion("2017-06-30"), "\"1\""),
                "was completed on 2017-06-30");
    }

    @Test
    void refusesAnAssessmentBegunOutsideTheWindowByOthersOrByAGroupThatIsNoCsp() {
        clock.set(Instant.parse("2017-07-01T09:00:00Z"));
        Fixtures.World world = fixtures.world();
        ApiClient district = fixtures.managerFor(world.districtCouncil());

        assertRuleViolated(district.post("/api/v1/strategic-assessments",
                body("partnership", world.csp(), "startedOn", "2017-05-31")), "it cannot begin on 2017-05-31");
        assertNotPermitted(fixtures.managerFor(world.countyCouncil())
            .post("/api/v1/strategic-assessments", body("partnership", world.csp())), "is run by");
        assertRuleViolated(
                fixtures.managerFor(world.countyCouncil())
                    .post("/api/v1/strategic-assessments", body("partnership", world.countyGroup())),
                "Strategic assessments are undertaken by CSPs");
    }

    @Test
    void twoInstancesAnnounceTheWindowOpeningAndClosingOnceEach() {
        AssessmentWindows otherInstance = new AssessmentWindows(mongo, store, clock);

        clock.set(Instant.parse("2019-05-31T22:59:00Z"));
        Racing.both(windows::sweep, otherInstance::sweep);
        assertThat(history.of("assessment_windows", "2019")).isEmpty();
        // Midnight in the UK on 1 June is still 31 May in UTC.
        clock.set(Instant.parse("2019-05-31T23:00:00Z"));
        Racing.both(windows::sweep, otherInstance::sweep);
        Racing.both(windows::sweep, otherInstance::sweep);
        clock.set(Instant.parse("2019-11-01T09:00:00Z"));
        Racing.both(windows::sweep, otherInstance::sweep);
        Racing.both(windows::sweep, otherInstance::sweep);

        assertThat(history.of("assessment_windows", "2019")).extracting(change -> change.type())
            .containsExactly("org.communitysafety.priority.assessment-window-opened.v1",
                    "org.communitysafety.priority.assessment-window-closed.v1");
        assertThat(PublishedEvents.PRIORITY.about("assessment_windows/2019", "assessment-window-closed.v1")
            .get("data")
            .get("closesOn")
            .asString()).isEqualTo("2019-10-31");
    }

    private static java.util.Map<String, Object> completion(String on) {
        return body("findings", "Violence against the person is the highest volume crime", "recommendedPriorities",
                List.of("Violence"), "completedOn", on);
    }

}
