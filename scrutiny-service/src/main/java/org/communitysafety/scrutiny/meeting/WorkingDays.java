package org.communitysafety.scrutiny.meeting;

import java.time.DayOfWeek;
import java.time.LocalDate;

import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;
import org.springframework.stereotype.Component;

/**
 * Working days in England: not a Saturday or Sunday, not a bank holiday of England and
 * Wales. The bank holidays come from jollyday's maintained calendar (its {@code eng}
 * subdivision of the United Kingdom, with substitute days and one-off holidays such as
 * the 2022 State Funeral), not from a list typed here.
 */
@Component
public class WorkingDays {

    private static final String ENGLAND = "eng";

    private final HolidayManager holidays = HolidayManager
        .getInstance(ManagerParameters.create(HolidayCalendar.UNITED_KINGDOM));

    public boolean isWorkingDay(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY
                && !holidays.isHoliday(day, ENGLAND);
    }

    /**
     * The clear working days between two days: those strictly after the first and
     * strictly before the second.
     */
    public int clearWorkingDaysBetween(LocalDate first, LocalDate last) {
        int count = 0;
        for (LocalDate day = first.plusDays(1); day.isBefore(last); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }

    /**
     * The last day from which the given number of clear working days remain before the
     * day: publishing on it or earlier leaves enough.
     */
    public LocalDate latestDayLeaving(int clearWorkingDays, LocalDate day) {
        LocalDate earliestCounted = day;
        for (int counted = 0; counted < clearWorkingDays;) {
            earliestCounted = earliestCounted.minusDays(1);
            if (isWorkingDay(earliestCounted)) {
                counted++;
            }
        }
        return earliestCounted.minusDays(1);
    }

}
