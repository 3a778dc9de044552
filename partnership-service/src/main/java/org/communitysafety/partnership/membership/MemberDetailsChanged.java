package org.communitysafety.partnership.membership;

import java.time.LocalDate;
import java.util.List;

import org.communitysafety.servicedefaults.events.DomainEvent;
import org.communitysafety.servicedefaults.events.EventType;
import org.communitysafety.servicedefaults.personaldata.SealedPersonalData;

/**
 * A representative's details on a group changed. Carries the whole membership after the
 * change, in the same fields as {@code member-appointed.v2} (the personal ones sealed),
 * so a replica can take it as it is. Contract:
 * {@code contracts/events/member-details-changed.v2.schema.json}.
 *
 * @param membershipId the membership
 * @param partnershipId the group's code
 * @param organisationId the code of the organisation they represent
 * @param personalData the representative's {@link RepresentativeDetails}, sealed
 * @param roleOnGroup chair, vice-chair, member or adviser
 * @param delegatedAuthority whether they may act on behalf of their organisation
 * @param authorityScope what that authority covers
 * @param startDate first day of the membership
 * @param endDate last day, if known
 * @param changed which of these fields this change altered
 */
@EventType("org.communitysafety.partnership.member-details-changed.v2")
public record MemberDetailsChanged(String membershipId, String partnershipId, String organisationId,
        SealedPersonalData personalData, RoleOnGroup roleOnGroup, boolean delegatedAuthority, String authorityScope,
        LocalDate startDate, LocalDate endDate, List<String> changed) implements DomainEvent {
}
