package org.communitysafety.scrutiny.meeting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.communitysafety.scrutiny.body.ScrutinyBody;
import org.communitysafety.servicedefaults.aggregate.Changed;
import org.communitysafety.servicedefaults.calendar.UkCalendar;
import org.communitysafety.servicedefaults.problem.RuleViolated;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A meeting of a scrutiny body: when and where, its agenda (drafted, then published with
 * its notice) and its minutes.
 *
 * @param id the meeting
 * @param version its version, also its ETag
 * @param bodyId the body that meets
 * @param bodyName its name
 * @param title what the meeting is
 * @param startsAt when it starts
 * @param place where
 * @param items the agenda, in order
 * @param agendaPublishedOn when the agenda was published (none while it is a draft)
 * @param late whether it was published with less than five clear working days' notice
 * @param lateReason why, when late
 * @param minutes the minutes, once published
 * @param minutesPublishedOn when they were published
 */
@Document("meetings")
public record Meeting(@Id String id, @Version Long version, String bodyId, String bodyName, String title,
        Instant startsAt, String place, List<AgendaItem> items, LocalDate agendaPublishedOn, boolean late,
        String lateReason, String minutes, LocalDate minutesPublishedOn) {

    static Changed<Meeting, MeetingScheduled> schedule(ScrutinyBody body, ScheduleMeetingRequest request, Instant now) {
        if (!request.startsAt().isAfter(now)) {
            throw new RuleViolated("A meeting is scheduled ahead; " + request.startsAt() + " has passed");
        }
        Meeting meeting = new Meeting(UUID.randomUUID().toString(), null, body.id(), body.name(),
                request.title().strip(), request.startsAt(), request.place().strip(), List.of(), null, false, null,
                null, null);
        return new Changed<>(meeting, new MeetingScheduled(meeting.id, body.id(), body.name(), meeting.title,
                meeting.startsAt, meeting.place));
    }

    Changed<Meeting, AgendaItemAdded> addItem(AddAgendaItemRequest request) {
        if (agendaPublishedOn != null) {
            throw new RuleViolated("The agenda was published on " + agendaPublishedOn + "; it is not changed after");
        }
        boolean restricted = Boolean.TRUE.equals(request.restricted());
        if (restricted == (request.restrictionReason() == null || request.restrictionReason().isBlank())) {
            throw new RuleViolated(restricted ? "A restricted item needs the reason it is considered in private"
                    : "Only a restricted item has a reason for restriction");
        }
        AgendaItem item = new AgendaItem(items.size() + 1, request.title().strip(), request.paper(), restricted,
                restricted ? request.restrictionReason().strip() : null,
                request.references() == null ? List.of() : List.copyOf(request.references()));
        List<AgendaItem> agenda = new ArrayList<>(items);
        agenda.add(item);
        return new Changed<>(withAgenda(agenda, null, false, null), new AgendaItemAdded(id, bodyId, item.number(),
                item.title(), item.restricted(), item.restrictionReason(), item.references()));
    }

    Changed<Meeting, AgendaPublished> publishAgenda(AgendaNotice notice, String lateReason) {
        if (agendaPublishedOn != null) {
            throw new RuleViolated("The agenda was already published on " + agendaPublishedOn);
        }
        if (items.isEmpty()) {
            throw new RuleViolated("An agenda needs at least one item before it is published");
        }
        if (!notice.publishedOn().isBefore(notice.meetingDay())) {
            throw new RuleViolated("An agenda is published before its meeting on " + notice.meetingDay());
        }
        boolean hasReason = lateReason != null && !lateReason.isBlank();
        if (notice.isLate() && !hasReason) {
            throw new RuleViolated("Publishing today leaves " + notice.clearWorkingDays()
                    + " clear working days before the meeting, fewer than five (the last day on time was "
                    + notice.latestOnTime() + "); publish it late with the reason (lateReason)");
        }
        if (!notice.isLate() && hasReason) {
            throw new RuleViolated("The agenda is on time (" + notice.clearWorkingDays()
                    + " clear working days); it needs no reason for lateness");
        }
        String reason = notice.isLate() ? lateReason.strip() : null;
        Meeting published = withAgenda(items, notice.publishedOn(), notice.isLate(), reason);
        return new Changed<>(published, new AgendaPublished(id, bodyId, bodyName, title, startsAt, notice.publishedOn(),
                notice.isLate(), reason));
    }

    Changed<Meeting, MinutesPublished> publishMinutes(String text, LocalDate today) {
        if (agendaPublishedOn == null) {
            throw new RuleViolated("A meeting whose agenda was never published has no minutes to publish");
        }
        if (today.isBefore(day())) {
            throw new RuleViolated("Minutes are published after the meeting on " + day());
        }
        if (minutesPublishedOn != null) {
            throw new RuleViolated("The minutes were already published on " + minutesPublishedOn);
        }
        Meeting minuted = new Meeting(id, version, bodyId, bodyName, title, startsAt, place, items, agendaPublishedOn,
                late, lateReason, text.strip(), today);
        return new Changed<>(minuted, new MinutesPublished(id, bodyId, bodyName, today));
    }

    /** The day of the meeting in England. */
    public LocalDate day() {
        return startsAt.atZone(UkCalendar.ZONE).toLocalDate();
    }

    public boolean isAgendaPublished() {
        return agendaPublishedOn != null;
    }

    private Meeting withAgenda(List<AgendaItem> agenda, LocalDate publishedOn, boolean isLate, String reason) {
        return new Meeting(id, version, bodyId, bodyName, title, startsAt, place, agenda, publishedOn, isLate, reason,
                minutes, minutesPublishedOn);
    }

}
