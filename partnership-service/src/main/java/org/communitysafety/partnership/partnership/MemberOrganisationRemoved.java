package org.communitysafety.partnership.partnership;

import java.util.List;

import org.communitysafety.servicedefaults.events.DomainEvent;
import org.communitysafety.servicedefaults.events.EventType;

/**
 * An organisation stopped being a member organisation of a group (it had no
 * representative serving on it). Contract:
 * {@code contracts/events/member-organisation-removed.v1.schema.json}.
 *
 * @param partnershipId the group's code
 * @param organisationId the organisation's code
 * @param memberOrganisations all the group's member organisations after the change
 */
@EventType("org.communitysafety.partnership.member-organisation-removed.v1")
public record MemberOrganisationRemoved(String partnershipId, String organisationId,
        List<String> memberOrganisations) implements DomainEvent {
}
