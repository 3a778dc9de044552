package org.communitysafety.notification.events;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.communitysafety.servicedefaults.personaldata.SealedPersonalData;

/**
 * This service's reading of
 * {@code org.communitysafety.partnership.member-details-changed.v2} (contract: the
 * partnership service's {@code contracts/events/member-details-changed.v2.schema.json}):
 * a serving representative's details changed. It carries the whole membership after the
 * change (but not the group's name), so the replica takes it as it is; which fields
 * changed is not read.
 *
 * @param membershipId the membership, the key of the member replica
 * @param partnershipId the group's code
 * @param organisationId the code of the organisation they represent
 * @param personalData the sealed {@link Representative}
 * @param roleOnGroup chair, vice-chair, member or adviser
 * @param delegatedAuthority whether their organisation has recorded their delegated
 * authority (§6.8)
 * @param authorityScope what that authority covers, if recorded
 * @param startDate first day of the membership
 * @param endDate last day, if known
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record MemberDetailsChanged(String membershipId, String partnershipId, String organisationId,
        SealedPersonalData personalData, String roleOnGroup, boolean delegatedAuthority, String authorityScope,
        LocalDate startDate, LocalDate endDate) {

    public static final String TYPE = "org.communitysafety.partnership.member-details-changed.v2";

    public MemberDetailsChanged {
        // The rules of an appointment: the replica must never be left holding a member it
        // cannot reach or name.
        MemberAppointed.require(membershipId, "membershipId");
        MemberAppointed.require(partnershipId, "partnershipId");
        MemberAppointed.require(organisationId, "organisationId");
        MemberAppointed.require(roleOnGroup, "roleOnGroup");
        MemberAppointed.requireSealed(personalData);
        if (startDate == null) {
            throw new IllegalArgumentException("startDate is required");
        }
    }
}
