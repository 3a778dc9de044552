package org.communitysafety.priority.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.communitysafety.servicedefaults.aggregate.Changed;
import org.communitysafety.servicedefaults.calendar.UkCalendar;
import org.communitysafety.servicedefaults.outbox.AggregateStore;
import org.communitysafety.servicedefaults.problem.ConcurrentChange;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Announces what time brings to plans: a review falling due (§1.5) and the agreement
 * falling due with the Commissioner unsent (§1.4), each once. The announcement is the
 * plan's own conditional write (its version must be the one read, and the plan records
 * the day it was announced with the event in its outbox), so of two instances sweeping at
 * once one writes and the other's write is refused, and it finds it announced.
 */
@Component
public class PlanDeadlines {

    private final PlanRepository repository;

    private final AggregateStore store;

    private final Clock clock;

    PlanDeadlines(PlanRepository repository, AggregateStore store, Clock clock) {
        this.repository = repository;
        this.store = store;
        this.clock = clock;
    }

    /** Sweeps every plan; returns how many announcements this sweep made. */
    @Scheduled(fixedDelayString = "${platform.priority.sweep-interval:5m}")
    public int sweep() {
        LocalDate today = UkCalendar.today(clock);
        int announced = 0;
        for (Plan plan : repository.findAll()) {
            announced += announce(plan.id(), candidate -> candidate.reviewFallenDue(today));
            announced += announce(plan.id(), candidate -> candidate.commissionerCopyFallenDue(today));
        }
        return announced;
    }

    private int announce(String id, Function<Plan, Optional<? extends Changed<Plan, ?>>> fallenDue) {
        Optional<? extends Changed<Plan, ?>> due = repository.findById(id).flatMap(fallenDue);
        if (due.isEmpty()) {
            return 0;
        }
        try {
            store.update(due.get().aggregate(), List.of(due.get().event()));
            return 1;
        }
        catch (ConcurrentChange changedMeanwhile) {
            // Another instance announced it, or someone changed the plan: the next
            // sweep looks again at the plan as it now is.
            return 0;
        }
    }

}
