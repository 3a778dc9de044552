package org.communitysafety.priority.calendar;

import java.time.LocalDate;

/**
 * One statutory duty of a partnership, as the calendar shows it.
 *
 * @param kind which duty
 * @param partnership whose duty it is
 * @param description what is due
 * @param dueOn the day it is due by
 * @param status met, due or overdue, as of the day asked about
 * @param metOn when it was met
 * @param evidence what shows it was met
 */
public record Duty(DutyKind kind, String partnership, String description, LocalDate dueOn, DutyStatus status,
        LocalDate metOn, String evidence) {

    /** The duty as of the day: met if there is evidence by then, else due or overdue. */
    static Duty of(DutyKind kind, String partnership, String description, LocalDate dueOn, LocalDate metOn,
            String evidence, LocalDate asAt) {
        boolean met = metOn != null && !metOn.isAfter(asAt);
        DutyStatus status = met ? DutyStatus.MET : asAt.isAfter(dueOn) ? DutyStatus.OVERDUE : DutyStatus.DUE;
        return new Duty(kind, partnership, description, dueOn, status, met ? metOn : null, met ? evidence : null);
    }

}
