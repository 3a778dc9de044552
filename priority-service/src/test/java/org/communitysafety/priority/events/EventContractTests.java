package org.communitysafety.priority.events;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.communitysafety.priority.Fixtures;
import org.communitysafety.priority.PriorityServiceTest;
import org.communitysafety.priority.TestClock;
import org.communitysafety.priority.action.OverdueActions;
import org.communitysafety.priority.assessment.AssessmentWindows;
import org.communitysafety.priority.plan.PlanDeadlines;
import org.communitysafety.servicedefaults.events.EventType;
import org.communitysafety.testkit.ApiClient;
import org.communitysafety.testkit.PublishedEvents;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communitysafety.priority.Fixtures.body;
import static org.communitysafety.priority.Fixtures.send;

/**
 * The service publishes every event type under a contract (schema and example), and keeps
 * every event it publishes to it.
 */
@PriorityServiceTest
class EventContractTests {

    @Autowired
    Fixtures fixtures;

    @Autowired
    TestClock clock;

    @Autowired
    OverdueActions overdueActions;

    @Autowired
    PlanDeadlines planDeadlines;

    @Autowired
    AssessmentWindows assessmentWindows;

    @Test
    void publishesAContractWithAnExampleForEveryEventTypeAndNoOthers() {
        PublishedEvents.PRIORITY
            .assertAContractWithAnExampleForEach(PublishedEvents.PRIORITY.declaredContracts(EventType.class));
    }

    @Test
    void keepsEveryEventItPublishesToItsContract() {
        causeOneOfEveryEvent();
        PublishedEvents.PRIORITY.assertEveryEventKeepsItsContract(
                PublishedEvents.PRIORITY.declaredContracts(EventType.class), Duration.ofSeconds(60));
    }

    /** Every change the service knows, once, and what time causes. */
    private void causeOneOfEveryEvent() {
        clock.set(Instant.parse("2021-05-20T09:00:00Z"));
        Fixtures.World world = fixtures.world();
        ApiClient county = fixtures.managerFor(world.countyCouncil());
        ApiClient district = fixtures.managerFor(world.districtCouncil());
        String outcome = Fixtures.unique("outcome");
        fixtures.administrator()
            .post("/api/v1/outcomes", body("code", outcome, "framework", "POLICE_AND_CRIME_PLAN", "title",
                    "A reduction of at least 40% in violent crime", "period", "2020-23", "owner", world.police()));
        String priority = fixtures.countywidePriority(world);
        send(county, "PATCH", "/api/v1/priorities/" + priority, Map.of("outcomes", List.of(outcome)), "\"0\"");
        String retired = fixtures.localPriority(world, null);
        send(district, "POST", "/api/v1/priorities/" + retired + "/retirement", null, "\"0\"");
        String target = Fixtures.created(county.post("/api/v1/priorities/" + priority + "/targets",
                body("measure", "Violent crime", "direction", "REDUCE", "baseline", 100, "baselineOn", "2020-04-01",
                        "target", 60, "deadline", "2023-03-31", "outcome", outcome)));
        send(county, "POST", "/api/v1/targets/" + target + "/readings",
                body("value", 95, "readOn", "2021-04-01", "source", "Police recorded crime"), "\"0\"");
        String plan = Fixtures.created(county.post("/api/v1/plans", body("partnership", world.countyGroup(), "title",
                "Agreement", "period", "2021-22", "priorities", List.of())));
        String path = "/api/v1/plans/" + plan;
        send(county, "PATCH", path, Map.of("priorities", List.of(priority)), "\"0\"");
        send(county, "POST", path + "/agreement", body("on", "2020-05-01"), "\"1\"");
        send(county, "POST", path + "/publication", null, "\"2\"");
        String action = fixtures.action(county, priority, world.police(), LocalDate.of(2021, 5, 20));
        ApiClient police = fixtures.agency(world.police());
        send(police, "POST", "/api/v1/actions/" + action + "/progress", body("status", "IN_PROGRESS", "note", "Begun"),
                "\"0\"");
        String done = fixtures.action(county, priority, world.police(), LocalDate.of(2021, 6, 20));
        send(police, "POST", "/api/v1/actions/" + done + "/completion", body("evidence", "Report"), "\"0\"");
        clock.set(Instant.parse("2021-06-02T09:00:00Z"));
        String assessment = Fixtures.created(fixtures.managerFor(world.districtCouncil())
            .post("/api/v1/strategic-assessments", body("partnership", world.csp())));
        overdueActions.sweep();
        planDeadlines.sweep();
        assessmentWindows.sweep();
        Fixtures.postMatching(county, path, path + "/review", null);
        clock.set(Instant.parse("2021-11-01T09:00:00Z"));
        assessmentWindows.sweep();
        Fixtures.postMatching(county, path, path + "/commissioner-copy",
                body("sentOn", "2021-06-02", "evidence", "Letter"));
        county.post("/api/v1/statutory-calendar/six-monthly-updates", body("partnership", world.countyGroup(), "dueOn",
                "2021-09-30", "metOn", "2021-09-24", "evidence", "Minutes"));
        county.post("/api/v1/commissions?priority=" + priority, body("commissioner", world.leadGroup(), "service",
                "Advisers", "startsOn", "2021-04-01", "endsOn", "2022-03-31", "amount", 1000));
        assertThat(assessment).isNotBlank();
    }

}
