package org.communitysafety.scrutiny.recommendation;

import java.time.LocalDate;
import java.util.List;

import org.communitysafety.servicedefaults.events.DomainEvent;
import org.communitysafety.servicedefaults.events.EventType;

/**
 * The addressee responded to a recommendation. Contract:
 * {@code contracts/events/response-recorded.v1.schema.json}.
 *
 * @param recommendationId the recommendation
 * @param bodyId the body that made it
 * @param addresseeKind organisation or partnership
 * @param addresseeId whom it is addressed to
 * @param outcome accepted, partly accepted or rejected
 * @param reasons why
 * @param respondedOn when
 * @param actionIds the actions that carry it out
 */
@EventType("org.communitysafety.scrutiny.response-recorded.v1")
public record ResponseRecorded(String recommendationId, String bodyId, AddresseeKind addresseeKind, String addresseeId,
        Outcome outcome, String reasons, LocalDate respondedOn, List<String> actionIds) implements DomainEvent {
}
