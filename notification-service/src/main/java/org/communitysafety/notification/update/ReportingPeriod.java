package org.communitysafety.notification.update;

import java.time.LocalDate;
import java.time.Period;

/**
 * A period a group's update of community safety activity covers. Periods follow the
 * cadence from the start of the UK financial year (1 April), the year the agreement and
 * its plans run over: at {@code P6M}, April to September and October to March. A cadence
 * that does not divide a year ends the year's last period on 31 March, so each year
 * starts afresh. The update is due on the first day after its period.
 *
 * @param first the period's first day
 * @param last its last day
 */
record ReportingPeriod(LocalDate first, LocalDate last) {

    /** The period the day is in. */
    static ReportingPeriod containing(Period cadence, LocalDate day) {
        if (cadence.isZero() || cadence.isNegative()) {
            throw new IllegalArgumentException("A reporting cadence is a period of time, not " + cadence);
        }
        LocalDate yearStart = LocalDate.of(day.getMonthValue() >= 4 ? day.getYear() : day.getYear() - 1, 4, 1);
        LocalDate nextYear = yearStart.plusYears(1);
        LocalDate first = yearStart;
        for (LocalDate next = first.plus(cadence); next.isBefore(nextYear)
                && !next.isAfter(day); next = next.plus(cadence)) {
            first = next;
        }
        LocalDate end = first.plus(cadence);
        return new ReportingPeriod(first, (end.isBefore(nextYear) ? end : nextYear).minusDays(1));
    }

    /** The latest period that has ended before the day: the one whose update is due. */
    static ReportingPeriod lastEndedBefore(Period cadence, LocalDate day) {
        return containing(cadence, containing(cadence, day).first().minusDays(1));
    }

    /** The day its update is due: the first after it. */
    LocalDate dueOn() {
        return last.plusDays(1);
    }

}
