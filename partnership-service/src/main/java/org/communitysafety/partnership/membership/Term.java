package org.communitysafety.partnership.membership;

import java.time.LocalDate;

import org.communitysafety.servicedefaults.problem.RuleViolated;

/**
 * The days a membership runs, both ends included: from its start to its end, or
 * open-ended. A term ending the day before it starts (an appointment erased before it
 * began) runs on no day at all.
 */
record Term(LocalDate start, LocalDate end) {

    /** A term as appointed: it may not end before it starts. */
    static Term appointed(LocalDate start, LocalDate end) {
        if (end != null && end.isBefore(start)) {
            throw new RuleViolated("A membership cannot end (" + end + ") before it starts (" + start + ")");
        }
        return new Term(start, end);
    }

    boolean includes(LocalDate day) {
        return !start.isAfter(day) && !lastDay().isBefore(day);
    }

    boolean overlaps(Term other) {
        return !isEmpty() && !other.isEmpty() && !start.isAfter(other.lastDay()) && !other.start.isAfter(lastDay());
    }

    /**
     * The term ended on the day given: never before it started, never later than an end
     * already set.
     */
    Term standingDownOn(LocalDate day, LocalDate today) {
        if (end != null && end.isBefore(today)) {
            throw new RuleViolated("This representative already stood down on " + end);
        }
        if (day.isBefore(start)) {
            throw new RuleViolated(
                    "A representative cannot stand down (" + day + ") before they started (" + start + ")");
        }
        if (end != null && day.isAfter(end)) {
            throw new RuleViolated("The membership already ends on " + end + "; standing down cannot extend it");
        }
        return new Term(start, day);
    }

    /**
     * The term cut short so that it runs on no day from the one given (or on none, if it
     * had not begun).
     */
    Term endedBefore(LocalDate day) {
        LocalDate lastDay = start.isBefore(day) ? day.minusDays(1) : start.minusDays(1);
        return end != null && !end.isAfter(lastDay) ? this : new Term(start, lastDay);
    }

    /** Whether its last day is already past on the day given. */
    boolean isOverBy(LocalDate day) {
        return end != null && end.isBefore(day);
    }

    @Override
    public String toString() {
        return "from " + start + (end == null ? "" : " to " + end);
    }

    private boolean isEmpty() {
        return end != null && end.isBefore(start);
    }

    private LocalDate lastDay() {
        return end == null ? LocalDate.MAX : end;
    }
}
