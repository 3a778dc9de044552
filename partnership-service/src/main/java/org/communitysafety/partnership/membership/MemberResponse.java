package org.communitysafety.partnership.membership;

import java.time.LocalDate;

/**
 * A representative on a group, as the API shows them. Every read needs a token, so their
 * email is shown only to authenticated callers.
 *
 * @param id the membership
 * @param partnership the group's code
 * @param organisation the code of the organisation they represent
 * @param name their name ({@code (erased)} once erased)
 * @param role their role in their organisation
 * @param email where to reach them (none once erased)
 * @param roleOnGroup chair, vice-chair, member or adviser
 * @param delegatedAuthority whether they may act on behalf of their organisation
 * @param authorityScope what that authority covers
 * @param startDate first day
 * @param endDate last day, if known
 * @param version the membership's version, also its ETag
 * @param standDownReason why they stood down, if recorded
 * @param erasedOn when their personal data was erased, if it was
 */
public record MemberResponse(String id, String partnership, String organisation, String name, String role, String email,
        RoleOnGroup roleOnGroup, boolean delegatedAuthority, String authorityScope, LocalDate startDate,
        LocalDate endDate, long version, String standDownReason, LocalDate erasedOn) {

    public static MemberResponse of(Membership membership) {
        return new MemberResponse(membership.id(), membership.partnershipId(), membership.organisationId(),
                membership.name(), membership.role(), membership.email(), membership.roleOnGroup(),
                membership.delegatedAuthority(), membership.authorityScope(), membership.startDate(),
                membership.endDate(), membership.version(), membership.standDownReason(), membership.erasedOn());
    }
}
