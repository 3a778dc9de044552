package org.communitysafety.notification.mail;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.communitysafety.servicedefaults.calendar.UkCalendar;

/** Dates and times as a UK reader writes them, e.g. "1 June 2015". */
public final class Wording {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'at' HH:mm",
            Locale.UK);

    private Wording() {
    }

    public static String date(LocalDate date) {
        return date == null ? null : date.format(DATE);
    }

    /** How often, e.g. "every 6 months" for {@code P6M}. */
    public static String every(Period period) {
        List<String> parts = new ArrayList<>();
        add(parts, period.getYears(), "year");
        add(parts, period.getMonths(), "month");
        add(parts, period.getDays(), "day");
        return "every " + String.join(" and ", parts);
    }

    private static void add(List<String> parts, int count, String unit) {
        if (count == 1) {
            parts.add(unit);
        }
        else if (count > 1) {
            parts.add(count + " " + unit + "s");
        }
    }

    /** The time on the UK calendar, e.g. "Tuesday 2 June 2015 at 18:30". */
    public static String dateTime(Instant instant) {
        return instant.atZone(UkCalendar.ZONE).format(DATE_TIME);
    }

}
