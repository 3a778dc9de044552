package org.communitysafety.partnership.person;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.communitysafety.partnership.membership.MemberResponse;
import org.communitysafety.servicedefaults.history.Change;

/**
 * Everything the partnership register holds about a person, for a subject access request.
 *
 * @param email the email address it was found by
 * @param exportedAt when it was put together
 * @param memberships every membership the person holds or held
 * @param history the recorded changes to each membership, by membership id
 */
public record PersonalDataExport(String email, OffsetDateTime exportedAt, List<MemberResponse> memberships,
        Map<String, List<Change>> history) {
}
