package org.communitysafety.partnership.membership;

import java.time.LocalDate;

import org.communitysafety.servicedefaults.events.DomainEvent;
import org.communitysafety.servicedefaults.events.EventType;

/**
 * A representative was appointed to a group. Contract:
 * {@code contracts/events/member-appointed.v1.schema.json}.
 *
 * @param membershipId the membership
 * @param partnershipId the group's code
 * @param partnershipName the group's name
 * @param organisationId the code of the organisation they represent
 * @param name the representative's name
 * @param role their role in their organisation
 * @param email where to reach them
 * @param roleOnGroup chair, vice-chair, member or adviser
 * @param delegatedAuthority whether they may act on behalf of their organisation
 * @param authorityScope what that authority covers
 * @param startDate first day of the membership
 * @param endDate last day, if already known
 */
@EventType("org.communitysafety.partnership.member-appointed.v1")
public record MemberAppointed(String membershipId, String partnershipId, String partnershipName, String organisationId,
        String name, String role, String email, RoleOnGroup roleOnGroup, boolean delegatedAuthority,
        String authorityScope, LocalDate startDate, LocalDate endDate) implements DomainEvent {
}
