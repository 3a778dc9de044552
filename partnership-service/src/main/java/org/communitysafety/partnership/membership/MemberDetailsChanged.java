package org.communitysafety.partnership.membership;

import java.time.LocalDate;
import java.util.List;

import org.communitysafety.servicedefaults.events.DomainEvent;
import org.communitysafety.servicedefaults.events.EventType;

/**
 * A representative's details on a group changed. Carries the whole membership after the
 * change, in the same fields as {@code member-appointed.v1}, so a replica can take it as
 * it is. Contract: {@code contracts/events/member-details-changed.v1.schema.json}.
 *
 * @param membershipId the membership
 * @param partnershipId the group's code
 * @param organisationId the code of the organisation they represent
 * @param name the representative's name
 * @param role their role in their organisation
 * @param email where to reach them
 * @param roleOnGroup chair, vice-chair, member or adviser
 * @param delegatedAuthority whether they may act on behalf of their organisation
 * @param authorityScope what that authority covers
 * @param startDate first day of the membership
 * @param endDate last day, if known
 * @param changed which of these fields this change altered
 */
@EventType("org.communitysafety.partnership.member-details-changed.v1")
public record MemberDetailsChanged(String membershipId, String partnershipId, String organisationId, String name,
        String role, String email, RoleOnGroup roleOnGroup, boolean delegatedAuthority, String authorityScope,
        LocalDate startDate, LocalDate endDate, List<String> changed) implements DomainEvent {
}
