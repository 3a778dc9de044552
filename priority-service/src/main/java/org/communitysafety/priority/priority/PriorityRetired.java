package org.communitysafety.priority.priority;

import java.time.LocalDate;

import org.communitysafety.servicedefaults.events.DomainEvent;
import org.communitysafety.servicedefaults.events.EventType;

/**
 * A partnership retired a priority; its targets, actions and history are kept. Contract:
 * {@code contracts/events/priority-retired.v1.schema.json}.
 *
 * @param priorityId the priority
 * @param title what it was
 * @param partnershipId the partnership that held it
 * @param retiredOn the day it was retired
 */
@EventType("org.communitysafety.priority.priority-retired.v1")
public record PriorityRetired(String priorityId, String title, String partnershipId,
        LocalDate retiredOn) implements DomainEvent {
}
