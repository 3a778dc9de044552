package org.communitysafety.partnership.membership;

import java.time.LocalDate;

import org.communitysafety.servicedefaults.events.DomainEvent;
import org.communitysafety.servicedefaults.events.EventType;
import org.communitysafety.servicedefaults.personaldata.SealedPersonalData;

/**
 * A representative was appointed to a group. Their name, role and email travel only
 * sealed with the membership's key, so that erasing them leaves nothing readable in the
 * event log. Contract: {@code contracts/events/member-appointed.v2.schema.json}.
 *
 * @param membershipId the membership
 * @param partnershipId the group's code
 * @param partnershipName the group's name
 * @param organisationId the code of the organisation they represent
 * @param personalData the representative's {@link RepresentativeDetails}, sealed
 * @param roleOnGroup chair, vice-chair, member or adviser
 * @param delegatedAuthority whether they may act on behalf of their organisation
 * @param authorityScope what that authority covers
 * @param startDate first day of the membership
 * @param endDate last day, if already known
 */
@EventType("org.communitysafety.partnership.member-appointed.v2")
public record MemberAppointed(String membershipId, String partnershipId, String partnershipName, String organisationId,
        SealedPersonalData personalData, RoleOnGroup roleOnGroup, boolean delegatedAuthority, String authorityScope,
        LocalDate startDate, LocalDate endDate) implements DomainEvent {
}
