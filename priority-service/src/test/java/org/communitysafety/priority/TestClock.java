package org.communitysafety.priority;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.communitysafety.servicedefaults.calendar.UkCalendar;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.context.annotation.Primary;

/**
 * The service's clock in tests, set by hand so that due dates, windows and the BST/GMT
 * change are shown without waiting for them. It starts in June 2015, in the plan year of
 * the baseline.
 */
@TestComponent
@Primary
public class TestClock extends Clock {

    private volatile Instant now = Instant.parse("2015-06-15T09:00:00Z");

    public void set(Instant instant) {
        now = instant;
    }

    public LocalDate today() {
        return UkCalendar.today(this);
    }

    @Override
    public Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(now, zone);
    }

}
