package org.communitysafety.scrutiny.meeting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A meeting as its own body's officers see it: the draft agenda and restricted items
 * included.
 *
 * @param id the meeting
 * @param body the body that meets
 * @param bodyName its name
 * @param title what the meeting is
 * @param startsAt when it starts
 * @param place where
 * @param items the agenda, in order
 * @param agendaPublishedOn when the agenda was published (none while a draft)
 * @param late whether it was published late
 * @param lateReason why
 * @param minutes the minutes, once published
 * @param minutesPublishedOn when they were published
 * @param version its version, also its ETag
 */
public record MeetingResponse(String id, String body, String bodyName, String title, Instant startsAt, String place,
        List<AgendaItem> items, LocalDate agendaPublishedOn, boolean late, String lateReason, String minutes,
        LocalDate minutesPublishedOn, long version) {

    public static MeetingResponse of(Meeting meeting) {
        return new MeetingResponse(meeting.id(), meeting.bodyId(), meeting.bodyName(), meeting.title(),
                meeting.startsAt(), meeting.place(), meeting.items(), meeting.agendaPublishedOn(), meeting.late(),
                meeting.lateReason(), meeting.minutes(), meeting.minutesPublishedOn(), meeting.version());
    }
}
