package org.communitysafety.notification.member;

import java.time.Instant;
import java.time.LocalDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * This service's replica of one membership of a group, built from the partnership service's events: who to tell
 * about the group's work, and how to reach them. The partnership service owns the membership; nothing here changes
 * it except an event from there.
 *
 * @param membershipId the membership (the partnership service's id)
 * @param partnershipId the group's code
 * @param partnershipName the group's name
 * @param organisationId the code of the organisation the member represents
 * @param name the member's name
 * @param role their role in their organisation
 * @param email where to reach them
 * @param roleOnGroup chair, vice-chair, member or adviser
 * @param delegatedAuthority whether their organisation has recorded their delegated authority
 * @param authorityScope what that authority covers
 * @param startDate first day of the membership
 * @param endDate last day, if known
 * @param asOf the time of the newest event applied, so that a replayed older event never undoes a newer one
 */
@Document("members")
public record Member(@Id String membershipId, String partnershipId, String partnershipName, String organisationId,
        String name, String role, String email, String roleOnGroup, boolean delegatedAuthority, String authorityScope,
        LocalDate startDate, LocalDate endDate, Instant asOf) {

    /** Whether the membership is in force on the given day. */
    public boolean isCurrentOn(LocalDate day) {
        return !startDate.isAfter(day) && (endDate == null || !endDate.isBefore(day));
    }
}
