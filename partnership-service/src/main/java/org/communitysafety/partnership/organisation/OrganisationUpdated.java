package org.communitysafety.partnership.organisation;

import java.util.List;

import org.communitysafety.servicedefaults.events.DomainEvent;
import org.communitysafety.servicedefaults.events.EventType;

/**
 * An organisation's details changed. Carries the whole of its details after the change,
 * so a replica can take it as it is. Contract:
 * {@code contracts/events/organisation-updated.v1.schema.json}.
 *
 * @param organisationId the organisation's code
 * @param name its name
 * @param type its kind of agency
 * @param responsibleAuthority whether it is a responsible authority under the Crime and
 * Disorder Act 1998
 * @param areas the ONS GSS codes of the local authority areas it serves
 * @param changed which of these fields this change altered
 */
@EventType("org.communitysafety.partnership.organisation-updated.v1")
public record OrganisationUpdated(String organisationId, String name, OrganisationType type,
        boolean responsibleAuthority, List<String> areas, List<String> changed) implements DomainEvent {
}
