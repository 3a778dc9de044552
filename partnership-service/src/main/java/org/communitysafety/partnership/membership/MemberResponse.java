package org.communitysafety.partnership.membership;

import java.time.LocalDate;

/** A representative on a group, as the API shows them to authenticated callers. */
public record MemberResponse(String id, String partnership, String organisation, String name, String role,
        String email, RoleOnGroup roleOnGroup, boolean delegatedAuthority, String authorityScope, LocalDate startDate,
        LocalDate endDate, long version) {

    static MemberResponse of(Membership membership) {
        return new MemberResponse(membership.id(), membership.partnershipId(), membership.organisationId(),
                membership.name(), membership.role(), membership.email(), membership.roleOnGroup(),
                membership.delegatedAuthority(), membership.authorityScope(), membership.startDate(),
                membership.endDate(), membership.version());
    }
}
