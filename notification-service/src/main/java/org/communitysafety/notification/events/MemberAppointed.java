package org.communitysafety.notification.events;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.communitysafety.servicedefaults.personaldata.SealedPersonalData;

/**
 * This service's reading of {@code org.communitysafety.partnership.member-appointed.v2}
 * (contract: the partnership service's
 * {@code contracts/events/member-appointed.v2.schema.json}): a representative of an
 * organisation was appointed to a group. Who they are travels sealed (a
 * {@link Representative} opened with the membership's key); once the person is erased it
 * no longer opens. Only what this service uses is read; fields added later by the
 * producer are ignored. Data without what is needed is refused, so the event is
 * dead-lettered rather than half-handled.
 *
 * @param membershipId the membership, the key of the member replica
 * @param partnershipId the group's code
 * @param partnershipName the group's name
 * @param organisationId the code of the organisation they represent
 * @param personalData the sealed {@link Representative}
 * @param roleOnGroup chair, vice-chair, member or adviser (kept as text: a new role must
 * not stop the alerts)
 * @param delegatedAuthority whether their organisation has recorded their delegated
 * authority (§6.8)
 * @param authorityScope what that authority covers, if recorded
 * @param startDate first day of the membership
 * @param endDate last day, if already known
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record MemberAppointed(String membershipId, String partnershipId, String partnershipName, String organisationId,
        SealedPersonalData personalData, String roleOnGroup, boolean delegatedAuthority, String authorityScope,
        LocalDate startDate, LocalDate endDate) {

    public static final String TYPE = "org.communitysafety.partnership.member-appointed.v2";

    public MemberAppointed {
        require(membershipId, "membershipId");
        require(partnershipId, "partnershipId");
        require(partnershipName, "partnershipName");
        require(organisationId, "organisationId");
        require(roleOnGroup, "roleOnGroup");
        if (startDate == null) {
            throw new IllegalArgumentException("startDate is required");
        }
        requireSealed(personalData);
    }

    static void requireSealed(SealedPersonalData personalData) {
        if (personalData == null || personalData.keyId() == null || personalData.ciphertext() == null) {
            throw new IllegalArgumentException("personalData must be sealed personal data");
        }
    }

    static void require(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " is required");
        }
    }
}
