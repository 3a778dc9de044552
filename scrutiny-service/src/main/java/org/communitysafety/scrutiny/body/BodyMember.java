package org.communitysafety.scrutiny.body;

import java.time.LocalDate;

/**
 * A member of a scrutiny body with their term of office.
 *
 * @param id the member's id on the body
 * @param name their name
 * @param kind councillor or co-opted independent member
 * @param appointedBy the local authority that appointed a councillor (none for a co-opted
 * member)
 * @param startDate first day of the term
 * @param endDate last day of the term, if known
 */
public record BodyMember(String id, String name, MemberKind kind, String appointedBy, LocalDate startDate,
        LocalDate endDate) {

    /** Whether the member serves on the day. */
    public boolean servesOn(LocalDate day) {
        return !startDate.isAfter(day) && (endDate == null || !endDate.isBefore(day));
    }

}
