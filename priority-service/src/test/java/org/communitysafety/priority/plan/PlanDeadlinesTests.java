package org.communitysafety.priority.plan;

import java.time.Instant;
import java.util.List;

import org.communitysafety.priority.Fixtures;
import org.communitysafety.priority.PriorityServiceTest;
import org.communitysafety.priority.Racing;
import org.communitysafety.priority.TestClock;
import org.communitysafety.servicedefaults.history.ChangeHistory;
import org.communitysafety.servicedefaults.outbox.AggregateStore;
import org.communitysafety.testkit.PublishedEvents;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communitysafety.priority.Fixtures.body;
import static org.communitysafety.priority.Fixtures.send;

@PriorityServiceTest
class PlanDeadlinesTests {

    @Autowired
    Fixtures fixtures;

    @Autowired
    TestClock clock;

    @Autowired
    PlanDeadlines sweep;

    @Autowired
    PlanRepository repository;

    @Autowired
    AggregateStore store;

    @Autowired
    ChangeHistory history;

    @Test
    void twoInstancesAnnounceTheAgreementDueWithTheCommissionerAndItsReviewDueOnceEach() {
        clock.set(Instant.parse("2015-06-01T09:00:00Z"));
        Fixtures.World world = fixtures.world();
        var county = fixtures.managerFor(world.countyCouncil());
        String priority = fixtures.countywidePriority(world);
        String plan = Fixtures.created(county.post("/api/v1/plans", body("partnership", world.countyGroup(), "title",
                "Community Safety Agreement 2015-16", "period", "2015-16", "priorities", List.of(priority))));
        send(county, "POST", "/api/v1/plans/" + plan + "/agreement", body("on", "2015-06-01"), "\"0\"");
        send(county, "POST", "/api/v1/plans/" + plan + "/publication", body("on", "2015-06-01"), "\"1\"");
        PlanDeadlines otherInstance = new PlanDeadlines(repository, store, clock);

        clock.set(Instant.parse("2015-06-28T09:00:00Z"));
        Racing.both(sweep::sweep, otherInstance::sweep);
        assertThat(eventsOf(plan, "agreement-due-to-commissioner.v1")).isZero();

        clock.set(Instant.parse("2015-06-29T09:00:00Z"));
        Racing.both(sweep::sweep, otherInstance::sweep);
        Racing.both(sweep::sweep, otherInstance::sweep);
        assertThat(eventsOf(plan, "agreement-due-to-commissioner.v1")).isEqualTo(1);
        assertThat(eventsOf(plan, "plan-review-due.v1")).isZero();

        clock.set(Instant.parse("2016-06-01T09:00:00Z"));
        Racing.both(sweep::sweep, otherInstance::sweep);
        Racing.both(sweep::sweep, otherInstance::sweep);
        assertThat(eventsOf(plan, "plan-review-due.v1")).isEqualTo(1);
        assertThat(eventsOf(plan, "agreement-due-to-commissioner.v1")).isEqualTo(1);
        assertThat(PublishedEvents.PRIORITY.about("plans/" + plan, "plan-review-due.v1")
            .get("data")
            .get("reviewDue")
            .asString()).isEqualTo("2016-06-01");
        assertThat(PublishedEvents.PRIORITY.about("plans/" + plan, "agreement-due-to-commissioner.v1")
            .get("data")
            .get("dueOn")
            .asString()).isEqualTo("2015-06-29");
    }

    private long eventsOf(String plan, String contract) {
        return history.of("plans", plan)
            .stream()
            .filter(change -> change.type().equals(PublishedEvents.PRIORITY.typePrefix() + contract))
            .count();
    }

}
