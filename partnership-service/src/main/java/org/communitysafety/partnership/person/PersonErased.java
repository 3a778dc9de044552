package org.communitysafety.partnership.person;

import java.time.LocalDate;
import java.util.List;

import org.communitysafety.servicedefaults.events.DomainEvent;
import org.communitysafety.servicedefaults.events.EventType;

/**
 * A person's personal data was erased at their request: every service that keeps anything
 * about the memberships listed (a replica of members, a mailing list, a delivery log)
 * must forget the person behind them. The event names memberships, never the person, so
 * that it carries no personal data itself. The memberships end on the day before the
 * erasure at the latest. Contract: {@code contracts/events/person-erased.v1.schema.json}.
 *
 * @param erasureId the erasure, for the record
 * @param membershipIds every membership the person held, serving or ended
 * @param erasedOn the day of the erasure
 */
@EventType("org.communitysafety.partnership.person-erased.v1")
public record PersonErased(String erasureId, List<String> membershipIds, LocalDate erasedOn) implements DomainEvent {
}
