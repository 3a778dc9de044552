package org.communitysafety.scrutiny.meeting;

import java.time.LocalDate;

/**
 * The notice an agenda gives of its meeting: it is published at least five clear working
 * days before the meeting (clear days leave out the day of publication and the day of the
 * meeting), or it is late and published with the reason.
 *
 * @param meetingDay the day of the meeting, in England
 * @param latestOnTime the last day on which publishing leaves five clear working days
 * @param publishedOn the day of publication considered
 * @param clearWorkingDays the clear working days publishing then leaves
 */
public record AgendaNotice(LocalDate meetingDay, LocalDate latestOnTime, LocalDate publishedOn, int clearWorkingDays) {

    public static final int REQUIRED_CLEAR_WORKING_DAYS = 5;

    public static AgendaNotice of(LocalDate meetingDay, LocalDate publishedOn, WorkingDays workingDays) {
        return new AgendaNotice(meetingDay, workingDays.latestDayLeaving(REQUIRED_CLEAR_WORKING_DAYS, meetingDay),
                publishedOn, workingDays.clearWorkingDaysBetween(publishedOn, meetingDay));
    }

    public boolean isLate() {
        return clearWorkingDays < REQUIRED_CLEAR_WORKING_DAYS;
    }

}
