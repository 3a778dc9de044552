package org.communitysafety.servicedefaults.calendar;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/** Dates in the register are UK calendar dates, whatever zone the server runs in. */
public final class UkCalendar {

    public static final ZoneId ZONE = ZoneId.of("Europe/London");

    private UkCalendar() {
    }

    public static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(ZONE));
    }

}
