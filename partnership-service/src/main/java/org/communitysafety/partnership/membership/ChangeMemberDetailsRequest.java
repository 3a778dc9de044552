package org.communitysafety.partnership.membership;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.communitysafety.partnership.config.Codes;

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
        @Size(max = Codes.MAX_NAME) @Pattern(regexp = Codes.SOME_TEXT, message = Codes.SOME_TEXT_MESSAGE) String name,
        @Size(max = Codes.MAX_NAME) @Pattern(regexp = Codes.SOME_TEXT, message = Codes.SOME_TEXT_MESSAGE) String role,
        @Size(max = Codes.MAX_EMAIL) @Email(regexp = Codes.EMAIL) String email, RoleOnGroup roleOnGroup,
        Boolean delegatedAuthority, @Size(max = Codes.MAX_TEXT) String authorityScope) {
}
