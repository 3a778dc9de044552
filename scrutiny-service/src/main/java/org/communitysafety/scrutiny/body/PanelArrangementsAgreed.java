package org.communitysafety.scrutiny.body;

import java.time.LocalDate;

import org.communitysafety.servicedefaults.events.DomainEvent;
import org.communitysafety.servicedefaults.events.EventType;

/**
 * A local authority agreed the Police and Crime Panel arrangements (§7.4). Contract:
 * {@code contracts/events/panel-arrangements-agreed.v1.schema.json}.
 *
 * @param bodyId the panel's code
 * @param organisationId the local authority
 * @param agreedOn the day it agreed them
 */
@EventType("org.communitysafety.scrutiny.panel-arrangements-agreed.v1")
public record PanelArrangementsAgreed(String bodyId, String organisationId, LocalDate agreedOn) implements DomainEvent {
}
