package org.communitysafety.priority.priority;

import java.util.List;

import org.communitysafety.servicedefaults.events.DomainEvent;
import org.communitysafety.servicedefaults.events.EventType;

/**
 * A partnership adopted a priority. Contract:
 * {@code contracts/events/priority-adopted.v1.schema.json}.
 *
 * @param priorityId the priority
 * @param title what it is
 * @param theme its theme
 * @param scope {@code COUNTYWIDE} or {@code LOCAL}
 * @param partnershipId the county strategy group when countywide, the CSP when local
 * @param leadGroupId the delivery group that leads it
 * @param sources where it comes from
 * @param parentId the countywide priority a local one takes forward, if any
 * @param outcomeIds the outcomes it serves
 * @param since the first plan year it is a priority for
 * @param status {@code ACTIVE}
 */
@EventType("org.communitysafety.priority.priority-adopted.v1")
public record PriorityAdopted(String priorityId, String title, String theme, Scope scope, String partnershipId,
        String leadGroupId, List<Source> sources, String parentId, List<String> outcomeIds, String since,
        PriorityStatus status) implements DomainEvent {
}
