package org.communitysafety.partnership.organisation;

import java.util.List;

import org.communitysafety.servicedefaults.events.DomainEvent;
import org.communitysafety.servicedefaults.events.EventType;

/**
 * An agency joined the platform. Contract:
 * {@code contracts/events/organisation-registered.v1.schema.json}.
 *
 * @param organisationId the organisation's code
 * @param name its name
 * @param type its kind of agency
 * @param responsibleAuthority whether it is a responsible authority under the Crime and
 * Disorder Act 1998
 * @param areas the ONS GSS codes of the local authority areas it serves
 */
@EventType("org.communitysafety.partnership.organisation-registered.v1")
public record OrganisationRegistered(String organisationId, String name, OrganisationType type,
        boolean responsibleAuthority, List<String> areas) implements DomainEvent {
}
