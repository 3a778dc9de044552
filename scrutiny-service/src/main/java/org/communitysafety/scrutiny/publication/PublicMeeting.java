package org.communitysafety.scrutiny.publication;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.communitysafety.scrutiny.meeting.Meeting;

/**
 * A meeting as the public reads it (§7.4(a)): when and where it is, and once its agenda
 * is published, the agenda's public items and later its minutes. A draft agenda and a
 * restricted item never appear here.
 *
 * @param id the meeting
 * @param body the body that meets
 * @param bodyName its name
 * @param title what the meeting is
 * @param startsAt when it starts
 * @param place where
 * @param agendaPublishedOn when the agenda was published (none yet: no agenda shown)
 * @param late whether the agenda was published late
 * @param lateReason why
 * @param items the agenda's public items
 * @param minutes the minutes, once published
 * @param minutesPublishedOn when they were published
 */
public record PublicMeeting(String id, String body, String bodyName, String title, Instant startsAt, String place,
        LocalDate agendaPublishedOn, boolean late, String lateReason, List<PublicItem> items, String minutes,
        LocalDate minutesPublishedOn) {

    static PublicMeeting of(Meeting meeting) {
        List<PublicItem> items = meeting.isAgendaPublished()
                ? meeting.items().stream().filter(item -> !item.restricted()).map(PublicItem::of).toList() : List.of();
        return new PublicMeeting(meeting.id(), meeting.bodyId(), meeting.bodyName(), meeting.title(),
                meeting.startsAt(), meeting.place(), meeting.agendaPublishedOn(), meeting.late(), meeting.lateReason(),
                items, meeting.minutes(), meeting.minutesPublishedOn());
    }
}
