package org.communitysafety.notification.events;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * This service's reading of {@code org.communitysafety.partnership.person-erased.v1}
 * (contract: the partnership service's
 * {@code contracts/events/person-erased.v1.schema.json}): a person's personal data was
 * erased at their request, and every service must forget the person behind the
 * memberships listed. It names memberships, never the person.
 *
 * @param erasureId the erasure, kept here as the mark of what was forgotten and why
 * @param membershipIds every membership the person held, serving or ended
 * @param erasedOn the day of the erasure
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PersonErased(String erasureId, List<String> membershipIds, LocalDate erasedOn) {

    public static final String TYPE = "org.communitysafety.partnership.person-erased.v1";

    public PersonErased {
        if (erasureId == null || erasureId.isBlank() || erasedOn == null || membershipIds == null
                || membershipIds.isEmpty() || membershipIds.stream().anyMatch(id -> id == null || id.isBlank())) {
            throw new IllegalArgumentException("erasureId, erasedOn and at least one membershipId are required");
        }
        membershipIds = List.copyOf(membershipIds);
    }
}
