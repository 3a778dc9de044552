package org.communitysafety.scrutiny.body;

import java.util.List;

import org.communitysafety.servicedefaults.events.DomainEvent;
import org.communitysafety.servicedefaults.events.EventType;

/**
 * A crime and disorder committee or the Police and Crime Panel was recorded. Contract:
 * {@code contracts/events/body-established.v1.schema.json}.
 *
 * @param bodyId the body's code
 * @param bodyName its name
 * @param kind committee or panel
 * @param hostOrganisationId the authority that supports it
 * @param seats the local authorities that appoint councillors to it
 */
@EventType("org.communitysafety.scrutiny.body-established.v1")
public record BodyEstablished(String bodyId, String bodyName, BodyKind kind, String hostOrganisationId,
        List<String> seats) implements DomainEvent {
}
