package org.communitysafety.scrutiny.meeting;

import java.util.List;

import org.communitysafety.servicedefaults.events.DomainEvent;
import org.communitysafety.servicedefaults.events.EventType;

/**
 * An item was added to a meeting's draft agenda. Contract:
 * {@code contracts/events/agenda-item-added.v1.schema.json}. The draft is not public, so
 * this event is for the body's own record.
 *
 * @param meetingId the meeting
 * @param bodyId the body that meets
 * @param number the item's place on the agenda
 * @param title what it is about
 * @param restricted whether it is considered in private
 * @param restrictionReason why, when restricted
 * @param references the partnerships, priorities, plans or actions it is about
 */
@EventType("org.communitysafety.scrutiny.agenda-item-added.v1")
public record AgendaItemAdded(String meetingId, String bodyId, int number, String title, boolean restricted,
        String restrictionReason, List<Reference> references) implements DomainEvent {
}
