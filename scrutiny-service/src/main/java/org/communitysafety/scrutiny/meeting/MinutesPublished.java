package org.communitysafety.scrutiny.meeting;

import java.time.LocalDate;

import org.communitysafety.servicedefaults.events.DomainEvent;
import org.communitysafety.servicedefaults.events.EventType;

/**
 * A meeting's minutes were published. Contract:
 * {@code contracts/events/minutes-published.v1.schema.json}.
 *
 * @param meetingId the meeting
 * @param bodyId the body that met
 * @param bodyName its name
 * @param publishedOn the day of publication
 */
@EventType("org.communitysafety.scrutiny.minutes-published.v1")
public record MinutesPublished(String meetingId, String bodyId, String bodyName,
        LocalDate publishedOn) implements DomainEvent {
}
