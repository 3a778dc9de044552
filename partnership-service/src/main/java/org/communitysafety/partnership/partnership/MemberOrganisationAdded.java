package org.communitysafety.partnership.partnership;

import java.util.List;

import org.communitysafety.servicedefaults.events.DomainEvent;
import org.communitysafety.servicedefaults.events.EventType;

/**
 * An organisation became a member organisation of a group, so its representatives may be
 * appointed (§6.2). Contract:
 * {@code contracts/events/member-organisation-added.v1.schema.json}.
 *
 * @param partnershipId the group's code
 * @param organisationId the organisation's code
 * @param memberOrganisations all the group's member organisations after the change
 */
@EventType("org.communitysafety.partnership.member-organisation-added.v1")
public record MemberOrganisationAdded(String partnershipId, String organisationId,
        List<String> memberOrganisations) implements DomainEvent {
}
