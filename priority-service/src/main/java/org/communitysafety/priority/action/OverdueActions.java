package org.communitysafety.priority.action;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.communitysafety.servicedefaults.calendar.UkCalendar;
import org.communitysafety.servicedefaults.outbox.AggregateStore;
import org.communitysafety.servicedefaults.problem.ConcurrentChange;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Announces each action becoming overdue, once. The announcement is the action's own
 * conditional write: it records the day it was announced, with the event in its outbox,
 * only if the action still has the version read; of two instances sweeping at once one
 * writes, and the other's write is refused and it finds the action announced next time.
 */
@Component
public class OverdueActions {

    private final ActionRepository repository;

    private final AggregateStore store;

    private final Clock clock;

    OverdueActions(ActionRepository repository, AggregateStore store, Clock clock) {
        this.repository = repository;
        this.store = store;
        this.clock = clock;
    }

    /** Sweeps the open actions; returns how many this sweep announced. */
    @Scheduled(fixedDelayString = "${platform.priority.sweep-interval:5m}")
    public int sweep() {
        LocalDate today = UkCalendar.today(clock);
        int announced = 0;
        for (Action action : repository.findByStatusNot(ActionStatus.COMPLETED)) {
            var overdue = action.fallenOverdue(today);
            if (overdue.isEmpty()) {
                continue;
            }
            try {
                store.update(overdue.get().aggregate(), List.of(overdue.get().event()));
                announced++;
            }
            catch (ConcurrentChange changedMeanwhile) {
                // Announced by another instance, or changed by its owner: the next
                // sweep looks at it as it now is.
            }
        }
        return announced;
    }

}
