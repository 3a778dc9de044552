package org.communitysafety.scrutiny.recommendation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.communitysafety.servicedefaults.calendar.UkCalendar;
import org.communitysafety.servicedefaults.outbox.AggregateStore;
import org.communitysafety.servicedefaults.problem.ConcurrentChange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Raises {@code response-overdue} once for each recommendation left unanswered after its
 * due day. Every instance of the service looks; the mark and the event are one write
 * conditional on the version read (the aggregate store's update), so when two instances
 * find the same recommendation only one write succeeds and the other is refused and skips
 * it. No "read, decide, write" window can raise the event twice.
 */
@Component
public class OverdueResponses {

    private static final Logger log = LoggerFactory.getLogger(OverdueResponses.class);

    private final RecommendationRepository repository;

    private final AggregateStore store;

    private final Clock clock;

    public OverdueResponses(RecommendationRepository repository, AggregateStore store, Clock clock) {
        this.repository = repository;
        this.store = store;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${platform.scrutiny.recommendations.overdue-check-interval:PT15M}")
    void onSchedule() {
        raiseOverdue();
    }

    /**
     * Marks what fell overdue and raises its event.
     * @return how many this instance raised
     */
    public int raiseOverdue() {
        LocalDate today = UkCalendar.today(clock);
        List<Recommendation> candidates = repository
            .findByResponseIsNullAndOverdueRaisedOnIsNullAndResponseDueBefore(today);
        int raised = 0;
        for (Recommendation recommendation : candidates) {
            var overdue = recommendation.fallOverdue(today);
            if (overdue.isEmpty()) {
                continue;
            }
            try {
                store.update(overdue.get().aggregate(), List.of(overdue.get().event()));
                raised++;
            }
            catch (ConcurrentChange ex) {
                log.debug("Recommendation {} changed meanwhile (another instance marked it, or it was answered)",
                        recommendation.id());
            }
        }
        return raised;
    }

}
