package org.communitysafety.scrutiny.publication;

import java.time.Clock;
import java.util.Date;
import java.util.List;
import java.util.stream.Collectors;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import org.springframework.stereotype.Component;

/**
 * Writes meetings as an iCalendar feed that calendar programs subscribe to. Start times
 * are written in UTC, so every program shows them at the right local time on either side
 * of the change between GMT and BST. Only public material is written: a meeting's title,
 * time and place, and the public items of a published agenda.
 */
@Component
class MeetingCalendar {

    static final String MEDIA_TYPE = "text/calendar;charset=UTF-8";

    private final Clock clock;

    MeetingCalendar(Clock clock) {
        this.clock = clock;
    }

    String write(String name, List<PublicMeeting> meetings) {
        ICalendar calendar = new ICalendar();
        calendar.setProductId("-//Community Safety Platform//Scrutiny meetings//EN");
        calendar.setName(name);
        calendar.setMethod("PUBLISH");
        Date stamp = Date.from(clock.instant());
        for (PublicMeeting meeting : meetings) {
            VEvent event = new VEvent();
            event.setUid(meeting.id() + "@scrutiny.communitysafety.example");
            event.setDateTimeStamp(stamp);
            event.setDateStart(Date.from(meeting.startsAt()), true);
            event.setSummary(meeting.bodyName() + ": " + meeting.title());
            event.setLocation(meeting.place());
            event.setUrl("/api/v1/open/meetings/" + meeting.id());
            event.setDescription(description(meeting));
            calendar.addEvent(event);
        }
        return Biweekly.write(calendar).go();
    }

    private static String description(PublicMeeting meeting) {
        if (meeting.agendaPublishedOn() == null) {
            return "The agenda is not yet published.";
        }
        String agenda = meeting.items()
            .stream()
            .map(item -> item.number() + ". " + item.title())
            .collect(Collectors.joining("\n"));
        return "Agenda published " + meeting.agendaPublishedOn()
                + (meeting.late() ? " (late: " + meeting.lateReason() + ")" : "") + "\n" + agenda;
    }

}
