package org.communitysafety.servicedefaults.aggregate;

import org.communitysafety.servicedefaults.events.DomainEvent;

/**
 * An aggregate as a change left it, with the event the change caused; the use case stores
 * both at once.
 *
 * @param aggregate the aggregate after the change
 * @param event what happened
 */
public record Changed<A, E extends DomainEvent>(A aggregate, E event) {
}
