package org.communitysafety.priority.action;

import java.time.LocalDate;

import org.communitysafety.servicedefaults.events.DomainEvent;
import org.communitysafety.servicedefaults.events.EventType;

/**
 * An action was assigned to an organisation. Contract:
 * {@code contracts/events/action-assigned.v1.schema.json}.
 *
 * @param actionId the action
 * @param title what is to be done
 * @param priorityId the priority it delivers
 * @param partnershipId the partnership that holds the priority
 * @param ownerOrganisationId the organisation that owns it
 * @param ownerPerson the person who owns it, if named
 * @param dueDate the day it is due by
 */
@EventType("org.communitysafety.priority.action-assigned.v1")
public record ActionAssigned(String actionId, String title, String priorityId, String partnershipId,
        String ownerOrganisationId, String ownerPerson, LocalDate dueDate) implements DomainEvent {
}
