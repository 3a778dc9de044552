package org.communitysafety.scrutiny.recommendation;

import java.time.LocalDate;

import org.communitysafety.servicedefaults.events.DomainEvent;
import org.communitysafety.servicedefaults.events.EventType;

/**
 * A scrutiny body sent a recommendation. Contract:
 * {@code contracts/events/recommendation-made.v1.schema.json}.
 *
 * @param recommendationId the recommendation
 * @param bodyId the body that made it
 * @param bodyName its name
 * @param review the review it came from
 * @param title the recommendation in short
 * @param addresseeKind organisation or partnership
 * @param addresseeId whom it is addressed to
 * @param sentOn when it was sent
 * @param responseDue when the response is due
 */
@EventType("org.communitysafety.scrutiny.recommendation-made.v1")
public record RecommendationMade(String recommendationId, String bodyId, String bodyName, String review, String title,
        AddresseeKind addresseeKind, String addresseeId, LocalDate sentOn,
        LocalDate responseDue) implements DomainEvent {
}
