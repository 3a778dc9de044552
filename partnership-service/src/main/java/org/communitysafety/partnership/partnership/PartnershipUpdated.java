package org.communitysafety.partnership.partnership;

import java.util.List;

import org.communitysafety.servicedefaults.events.DomainEvent;
import org.communitysafety.servicedefaults.events.EventType;

/**
 * A group's details changed (name, description, areas, reporting line or cadence, or the
 * organisation that runs it). Carries all of them after the change. Contract:
 * {@code contracts/events/partnership-updated.v1.schema.json}.
 *
 * @param partnershipId its code
 * @param name its name
 * @param kind its kind
 * @param areas the GSS codes of the areas it covers
 * @param reportsTo the code of the group it reports to, if any
 * @param reportingCadence how often it is updated on community safety activity (ISO-8601
 * period), if it is
 * @param description what it is, if recorded
 * @param managedBy the code of the organisation that runs it, if recorded
 * @param changed which of these fields this change altered
 */
@EventType("org.communitysafety.partnership.partnership-updated.v1")
public record PartnershipUpdated(String partnershipId, String name, PartnershipKind kind, List<String> areas,
        String reportsTo, String reportingCadence, String description, String managedBy,
        List<String> changed) implements DomainEvent {
}
