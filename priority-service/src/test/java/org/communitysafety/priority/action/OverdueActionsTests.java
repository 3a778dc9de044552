package org.communitysafety.priority.action;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
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

@PriorityServiceTest
class OverdueActionsTests {

    private static final String OVERDUE = "org.communitysafety.priority.action-overdue.v1";

    @Autowired
    Fixtures fixtures;

    @Autowired
    TestClock clock;

    @Autowired
    OverdueActions sweep;

    @Autowired
    ActionRepository repository;

    @Autowired
    AggregateStore store;

    @Autowired
    ChangeHistory history;

    @Test
    void twoInstancesSweepingAtOnceAnnounceEachOverdueActionOnce() {
        clock.set(Instant.parse("2015-07-01T09:00:00Z"));
        Fixtures.World world = fixtures.world();
        var district = fixtures.managerFor(world.districtCouncil());
        String priority = fixtures.localPriority(world, null);
        List<String> actions = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            actions.add(fixtures.action(district, priority, world.police(), LocalDate.of(2015, 7, 10)));
        }
        String completed = fixtures.action(district, priority, world.police(), LocalDate.of(2015, 7, 10));
        Fixtures.send(fixtures.agency(world.police()), "POST", "/api/v1/actions/" + completed + "/completion",
                Fixtures.body("evidence", "Done"), "\"0\"");
        OverdueActions otherInstance = new OverdueActions(repository, store, clock);

        clock.set(Instant.parse("2015-07-10T22:59:00Z"));
        Racing.both(sweep::sweep, otherInstance::sweep);
        assertThat(actions).allSatisfy(action -> assertThat(overdueEventsOf(action)).isZero());

        clock.set(Instant.parse("2015-07-10T23:00:00Z"));
        Racing.both(sweep::sweep, otherInstance::sweep);
        Racing.both(sweep::sweep, otherInstance::sweep);

        assertThat(actions).allSatisfy(action -> assertThat(overdueEventsOf(action)).isEqualTo(1));
        assertThat(overdueEventsOf(completed)).isZero();
        assertThat(PublishedEvents.PRIORITY.about("actions/" + actions.get(0), "action-overdue.v1")
            .get("data")
            .get("dueDate")
            .asString()).isEqualTo("2015-07-10");
    }

    private long overdueEventsOf(String action) {
        return history.of("actions", action).stream().filter(change -> change.type().equals(OVERDUE)).count();
    }

}
