package org.communitysafety.partnership.membership;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.communitysafety.servicedefaults.validation.InputRules;

/**
 * Changes a serving representative's details; only the fields given change. Their
 * organisation and dates do not change here: a different organisation is a new
 * appointment, and the end comes by standing down.
 *
 * @param name their name
 * @param role their role in their organisation
 * @param email where the platform reaches them
 * @param roleOnGroup chair, vice-chair, member or adviser
 * @param delegatedAuthority whether they may act on behalf of their organisation; without
 * it, no scope is kept
 * @param authorityScope what that authority covers
 */
public record ChangeMemberDetailsRequest(
        @Size(max = InputRules.MAX_NAME) @Pattern(regexp = InputRules.SOME_TEXT,
                message = InputRules.SOME_TEXT_MESSAGE) String name,
        @Size(max = InputRules.MAX_NAME) @Pattern(regexp = InputRules.SOME_TEXT,
                message = InputRules.SOME_TEXT_MESSAGE) String role,
        @Size(max = InputRules.MAX_EMAIL) @Email(regexp = InputRules.EMAIL) String email, RoleOnGroup roleOnGroup,
        Boolean delegatedAuthority, @Size(max = InputRules.MAX_TEXT) String authorityScope) {
}
