package org.communitysafety.priority.action;

import java.time.LocalDate;

import org.communitysafety.servicedefaults.events.DomainEvent;
import org.communitysafety.servicedefaults.events.EventType;

/**
 * An action became overdue: its due date passed (in the UK) and it is not completed
 * (time-caused, once). Contract: {@code contracts/events/action-overdue.v1.schema.json}.
 *
 * @param actionId the action
 * @param title what is to be done
 * @param priorityId the priority it delivers
 * @param partnershipId the partnership that holds the priority
 * @param ownerOrganisationId the organisation that owns it
 * @param dueDate the day it was due by
 */
@EventType("org.communitysafety.priority.action-overdue.v1")
public record ActionOverdue(String actionId, String title, String priorityId, String partnershipId,
        String ownerOrganisationId, LocalDate dueDate) implements DomainEvent {
}
