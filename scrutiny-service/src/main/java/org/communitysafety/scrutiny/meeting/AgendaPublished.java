package org.communitysafety.scrutiny.meeting;

import java.time.Instant;
import java.time.LocalDate;

import org.communitysafety.servicedefaults.events.DomainEvent;
import org.communitysafety.servicedefaults.events.EventType;

/**
 * A meeting's agenda was published, on time or late with the reason. Contract:
 * {@code contracts/events/agenda-published.v1.schema.json}.
 *
 * @param meetingId the meeting
 * @param bodyId the body that meets
 * @param bodyName its name
 * @param title what the meeting is
 * @param startsAt when it starts
 * @param publishedOn the day of publication
 * @param late whether it gave fewer than five clear working days' notice
 * @param lateReason why, when late
 */
@EventType("org.communitysafety.scrutiny.agenda-published.v1")
public record AgendaPublished(String meetingId, String bodyId, String bodyName, String title, Instant startsAt,
        LocalDate publishedOn, boolean late, String lateReason) implements DomainEvent {
}
