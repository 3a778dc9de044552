package org.communitysafety.priority.priority;

import java.util.List;

import org.communitysafety.servicedefaults.events.DomainEvent;
import org.communitysafety.servicedefaults.events.EventType;

/**
 * A priority's details changed; it carries the priority as it now is. Contract:
 * {@code contracts/events/priority-updated.v1.schema.json}.
 *
 * @param priorityId the priority
 * @param title what it is
 * @param theme its theme
 * @param scope {@code COUNTYWIDE} or {@code LOCAL}
 * @param partnershipId the county strategy group when countywide, the CSP when local
 * @param leadGroupId the delivery group that leads it
 * @param sources where it comes from
 * @param outcomeIds the outcomes it serves
 * @param status its status
 * @param changed the names of the fields that changed
 */
@EventType("org.communitysafety.priority.priority-updated.v1")
public record PriorityUpdated(String priorityId, String title, String theme, Scope scope, String partnershipId,
        String leadGroupId, List<Source> sources, List<String> outcomeIds, PriorityStatus status,
        List<String> changed) implements DomainEvent {
}
