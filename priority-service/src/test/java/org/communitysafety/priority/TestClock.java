package org.communitysafety.priority;

import java.time.Instant;
import java.time.LocalDate;

import org.communitysafety.servicedefaults.calendar.UkCalendar;
import org.communitysafety.testkit.MovableClock;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.context.annotation.Primary;

/**
 * The service's clock in tests, set by hand so that due dates, windows and the BST/GMT
 * change are shown without waiting for them. It starts in June 2015, in the plan year of
 * the baseline.
 */
@TestComponent
@Primary
public class TestClock extends MovableClock {

    public TestClock() {
        super(Instant.parse("2015-06-15T09:00:00Z"));
    }

    public LocalDate today() {
        return UkCalendar.today(this);
    }

}
