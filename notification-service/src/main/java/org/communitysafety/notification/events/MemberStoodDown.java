package org.communitysafety.notification.events;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * This service's reading of {@code org.communitysafety.partnership.member-stood-down.v1}
 * (contract: the partnership service's
 * {@code contracts/events/member-stood-down.v1.schema.json}): a representative stood down
 * from a group, and their membership ends on the day given, which may be still to come.
 * The reason is not read: nothing here uses it.
 *
 * @param membershipId the membership, the key of the member replica
 * @param partnershipId the group's code
 * @param endDate the last day of the membership
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record MemberStoodDown(String membershipId, String partnershipId, LocalDate endDate) {

    public static final String TYPE = "org.communitysafety.partnership.member-stood-down.v1";

    public MemberStoodDown {
        if (membershipId == null || membershipId.isBlank() || endDate == null) {
            throw new IllegalArgumentException("membershipId and endDate are required");
        }
    }
}
