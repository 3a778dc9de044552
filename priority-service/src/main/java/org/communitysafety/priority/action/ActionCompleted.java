package org.communitysafety.priority.action;

import java.time.LocalDate;

import org.communitysafety.servicedefaults.events.DomainEvent;
import org.communitysafety.servicedefaults.events.EventType;

/**
 * The owner completed an action, with evidence. Contract:
 * {@code contracts/events/action-completed.v1.schema.json}.
 *
 * @param actionId the action
 * @param priorityId the priority it delivers
 * @param partnershipId the partnership that holds the priority
 * @param ownerOrganisationId the organisation that owns it
 * @param completedOn the day it was completed
 * @param evidence what shows it was done
 * @param late whether it was completed after its due date
 */
@EventType("org.communitysafety.priority.action-completed.v1")
public record ActionCompleted(String actionId, String priorityId, String partnershipId, String ownerOrganisationId,
        LocalDate completedOn, String evidence, boolean late) implements DomainEvent {
}
