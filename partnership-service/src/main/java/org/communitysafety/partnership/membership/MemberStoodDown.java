package org.communitysafety.partnership.membership;

import java.time.LocalDate;

import org.communitysafety.servicedefaults.events.DomainEvent;
import org.communitysafety.servicedefaults.events.EventType;

/**
 * A representative stood down from a group: their membership ends on the day given (which
 * may be still to come). Contract:
 * {@code contracts/events/member-stood-down.v1.schema.json}.
 *
 * @param membershipId the membership
 * @param partnershipId the group's code
 * @param organisationId the code of the organisation they represented
 * @param endDate the last day of the membership
 * @param reason why, if recorded
 */
@EventType("org.communitysafety.partnership.member-stood-down.v1")
public record MemberStoodDown(String membershipId, String partnershipId, String organisationId, LocalDate endDate,
        String reason) implements DomainEvent {
}
