package org.communitysafety.partnership.person;

import java.time.LocalDate;
import java.util.List;

/**
 * What an erasure did.
 *
 * @param erasureId the record of the erasure
 * @param membershipIds the memberships whose personal details were replaced
 * @param erasedOn the day
 */
public record ErasureResponse(String erasureId, List<String> membershipIds, LocalDate erasedOn) {
}
