package org.communitysafety.scrutiny.meeting;

import java.time.Instant;

import org.communitysafety.servicedefaults.events.DomainEvent;
import org.communitysafety.servicedefaults.events.EventType;

/**
 * A scrutiny body scheduled a meeting. Contract:
 * {@code contracts/events/meeting-scheduled.v1.schema.json}.
 *
 * @param meetingId the meeting
 * @param bodyId the body that meets
 * @param bodyName its name
 * @param title what the meeting is
 * @param startsAt when it starts
 * @param place where
 */
@EventType("org.communitysafety.scrutiny.meeting-scheduled.v1")
public record MeetingScheduled(String meetingId, String bodyId, String bodyName, String title, Instant startsAt,
        String place) implements DomainEvent {
}
