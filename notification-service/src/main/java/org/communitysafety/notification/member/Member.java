package org.communitysafety.notification.member;

import java.time.Instant;
import java.time.LocalDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * This service's replica of one membership of a group, built from the partnership
 * service's events: who to tell about the group's work, and how to reach them. The
 * partnership service owns the membership; nothing here changes it except an event from
 * there. Once the person is erased only the seat is left (group, organisation, role on
 * the group, dates) with the erasure that emptied it, so that no late event can bring the
 * person back.
 *
 * @param membershipId the membership (the partnership service's id)
 * @param partnershipId the group's code
 * @param partnershipName the group's name
 * @param organisationId the code of the organisation the member represents
 * @param name the member's name; none once erased
 * @param role their role in their organisation; none once erased
 * @param email where to reach them; none once erased
 * @param roleOnGroup chair, vice-chair, member or adviser
 * @param delegatedAuthority whether their organisation has recorded their delegated
 * authority; unknown while only a later event (a stand-down, an erasure) has reached the
 * replica
 * @param authorityScope what that authority covers; none once erased
 * @param startDate first day of the membership
 * @param endDate last day, if known
 * @param erasedOn the day the person's personal data was erased, if it was
 * @param erasureId the partnership service's erasure that emptied this membership, if it
 * was
 * @param detailsAsOf the time of the newest event that set the member's details (all but
 * the end date)
 * @param endDateAsOf the time of the newest event that set the end date. A stand-down and
 * a change of details can arrive in either order after a replay: each part keeps its own
 * newest event, so neither undoes the other and a replayed older event undoes neither.
 */
@Document("members")
public record Member(@Id String membershipId, String partnershipId, String partnershipName, String organisationId,
        String name, String role, String email, String roleOnGroup, Boolean delegatedAuthority, String authorityScope,
        LocalDate startDate, LocalDate endDate, LocalDate erasedOn, String erasureId, Instant detailsAsOf,
        Instant endDateAsOf) {

    /**
     * Whether the membership is in force on the given day; an erased member is in force
     * on no day.
     */
    public boolean isCurrentOn(LocalDate day) {
        return erasedOn == null && startDate != null && !startDate.isAfter(day)
                && (endDate == null || !endDate.isBefore(day));
    }
}
