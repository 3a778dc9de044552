package org.communitysafety.priority.assessment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.communitysafety.servicedefaults.calendar.UkCalendar;
import org.communitysafety.servicedefaults.outbox.AggregateStore;
import org.communitysafety.servicedefaults.problem.ConcurrentChange;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Announces the strategic assessment window opening and closing, once each a year. The
 * opening is the insert of the year's window (its id is the year, so a second instance's
 * insert is refused); the closing is the window's conditional update (its version must be
 * the one read). Either way the event is written in the same document write.
 */
@Component
public class AssessmentWindows {

    private final MongoTemplate mongo;

    private final AggregateStore store;

    private final Clock clock;

    AssessmentWindows(MongoTemplate mongo, AggregateStore store, Clock clock) {
        this.mongo = mongo;
        this.store = store;
        this.clock = clock;
    }

    /** Returns how many announcements this sweep made. */
    @Scheduled(fixedDelayString = "${platform.priority.sweep-interval:5m}")
    public int sweep() {
        LocalDate today = UkCalendar.today(clock);
        int year = today.getYear();
        int announced = 0;
        try {
            AssessmentWindow window = mongo.findById(String.valueOf(year), AssessmentWindow.class);
            if (window == null) {
                var opening = AssessmentWindow.opening(today);
                if (opening.isPresent()) {
                    store.insert(opening.get().aggregate(), List.of(opening.get().event()));
                    return 1;
                }
                if (today.isBefore(AssessmentWindow.opensOn(year))) {
                    return 0;
                }
                window = store.insert(AssessmentWindow.unannounced(year), List.of());
            }
            var closing = window.closing(today);
            if (closing.isPresent()) {
                store.update(closing.get().aggregate(), List.of(closing.get().event()));
                announced++;
            }
        }
        catch (ConcurrentChange announcedElsewhere) {
            // Another instance wrote the same announcement first: it is made once.
        }
        return announced;
    }

}
