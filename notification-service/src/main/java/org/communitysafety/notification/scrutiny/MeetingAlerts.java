package org.communitysafety.notification.scrutiny;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.communitysafety.notification.alert.Notice;
import org.communitysafety.notification.alert.Notices;
import org.communitysafety.notification.events.EventHandler;
import org.communitysafety.notification.events.MeetingAnnounced;
import org.communitysafety.notification.mail.Wording;
import org.communitysafety.notification.preference.AlertKind;
import org.communitysafety.notification.recipient.Recipients;
import org.communitysafety.servicedefaults.calendar.UkCalendar;
import org.communitysafety.servicedefaults.consumer.InboundEvents;
import org.communitysafety.servicedefaults.events.CloudEvent;
import org.springframework.stereotype.Component;

/**
 * Tells the chairs of the county's groups that a scrutiny body scheduled a meeting or
 * published its agenda, so that they can prepare to give account of their group's work.
 */
@Component
class MeetingAlerts implements EventHandler {

    private final InboundEvents inbound;

    private final Recipients recipients;

    private final Notices notices;

    private final Clock clock;

    MeetingAlerts(InboundEvents inbound, Recipients recipients, Notices notices, Clock clock) {
        this.inbound = inbound;
        this.recipients = recipients;
        this.notices = notices;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "meeting-alerts";
    }

    @Override
    public Set<String> eventTypes() {
        return MeetingAnnounced.TYPES;
    }

    @Override
    public void handle(CloudEvent event) {
        MeetingAnnounced meeting = inbound.data(event, MeetingAnnounced.class);
        boolean agenda = MeetingAnnounced.AGENDA_PUBLISHED.equals(event.type());
        Map<String, Object> model = new HashMap<>();
        model.put("bodyName", meeting.bodyName());
        model.put("title", meeting.title());
        model.put("startsAt", Wording.dateTime(meeting.startsAt()));
        model.put("place", meeting.place());
        model.put("agenda", agenda);
        model.put("late", meeting.late());
        model.put("lateReason", meeting.lateReason());
        notices.tell(
                new Notice(agenda ? AlertKind.AGENDA_PUBLISHED : AlertKind.MEETING_SCHEDULED, event, "meeting", model,
                        "/api/v1/open/meetings/" + meeting.meetingId(),
                        (agenda ? "Agenda published: " : "Meeting scheduled: ") + meeting.bodyName() + ", "
                                + meeting.title() + ", " + Wording.dateTime(meeting.startsAt())),
                recipients.chairsOfCountyAndDistricts(UkCalendar.today(clock)));
    }

}
