package org.communitysafety.partnership.partnership;

import java.time.LocalDate;
import java.util.List;

import org.communitysafety.servicedefaults.events.DomainEvent;
import org.communitysafety.servicedefaults.events.EventType;

/**
 * A partnership or group was formed. Contract:
 * {@code contracts/events/partnership-formed.v1.schema.json}.
 *
 * @param partnershipId its code
 * @param name its name
 * @param kind its kind
 * @param status proposed or active
 * @param areas the GSS codes of the areas it covers
 * @param reportsTo the code of the group it reports to, if any
 * @param memberOrganisations the codes of its member organisations
 * @param reportingCadence how often it is updated on community safety activity (ISO-8601
 * period), if it is
 * @param description what it is, if recorded
 * @param statusSince since when it has had its status
 * @param managedBy the code of the organisation that runs it
 */
@EventType("org.communitysafety.partnership.partnership-formed.v1")
public record PartnershipFormed(String partnershipId, String name, PartnershipKind kind, PartnershipStatus status,
        List<String> areas, String reportsTo, List<String> memberOrganisations, String reportingCadence,
        String description, LocalDate statusSince, String managedBy) implements DomainEvent {
}
