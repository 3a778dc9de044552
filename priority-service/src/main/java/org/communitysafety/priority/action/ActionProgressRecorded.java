package org.communitysafety.priority.action;

import java.time.LocalDate;

import org.communitysafety.servicedefaults.events.DomainEvent;
import org.communitysafety.servicedefaults.events.EventType;

/**
 * The owner recorded progress on an action. Contract:
 * {@code contracts/events/action-progress-recorded.v1.schema.json}.
 *
 * @param actionId the action
 * @param priorityId the priority it delivers
 * @param partnershipId the partnership that holds the priority
 * @param ownerOrganisationId the organisation that owns it
 * @param status where it stands
 * @param note what was done
 * @param recordedOn the day the update describes
 * @param overdue whether it is overdue as of the day it was recorded
 */
@EventType("org.communitysafety.priority.action-progress-recorded.v1")
public record ActionProgressRecorded(String actionId, String priorityId, String partnershipId,
        String ownerOrganisationId, ActionStatus status, String note, LocalDate recordedOn,
        boolean overdue) implements DomainEvent {
}
