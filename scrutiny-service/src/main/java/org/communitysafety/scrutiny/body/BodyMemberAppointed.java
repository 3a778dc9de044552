package org.communitysafety.scrutiny.body;

import java.time.LocalDate;

import org.communitysafety.servicedefaults.events.DomainEvent;
import org.communitysafety.servicedefaults.events.EventType;

/**
 * A councillor or co-opted independent member was appointed to a scrutiny body. Contract:
 * {@code contracts/events/body-member-appointed.v1.schema.json}.
 *
 * @param bodyId the body's code
 * @param memberId the member's id on the body
 * @param name their name
 * @param kind councillor or co-opted independent member
 * @param appointedBy the local authority that appointed a councillor
 * @param startDate first day of the term
 * @param endDate last day of the term, if known
 */
@EventType("org.communitysafety.scrutiny.body-member-appointed.v1")
public record BodyMemberAppointed(String bodyId, String memberId, String name, MemberKind kind, String appointedBy,
        LocalDate startDate, LocalDate endDate) implements DomainEvent {
}
