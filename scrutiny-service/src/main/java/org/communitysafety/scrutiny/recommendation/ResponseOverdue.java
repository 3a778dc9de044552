package org.communitysafety.scrutiny.recommendation;

import java.time.LocalDate;

import org.communitysafety.servicedefaults.events.DomainEvent;
import org.communitysafety.servicedefaults.events.EventType;

/**
 * A recommendation's response was not recorded by the day it was due; raised once per
 * recommendation, however many instances of the service look. Contract:
 * {@code contracts/events/response-overdue.v1.schema.json}.
 *
 * @param recommendationId the recommendation
 * @param bodyId the body that made it
 * @param bodyName its name
 * @param title the recommendation in short
 * @param addresseeKind organisation or partnership
 * @param addresseeId whom it is addressed to
 * @param responseDue when the response was due
 */
@EventType("org.communitysafety.scrutiny.response-overdue.v1")
public record ResponseOverdue(String recommendationId, String bodyId, String bodyName, String title,
        AddresseeKind addresseeKind, String addresseeId, LocalDate responseDue) implements DomainEvent {
}
